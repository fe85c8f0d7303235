#!/usr/bin/env bash
# libFuzzer over Podium's parse entry point and the coverage check, with AddressSanitizer.
# Not part of CI. Usage:
#
#   scripts/fuzz.sh [SECONDS] [JOBS]      # default: 600 seconds, 1 job
#
# Builds a throwaway package in .build-fuzz/ that depends on this one, with one executable whose
# LLVMFuzzerTestOneInput feeds the bytes to Transcript(parsing:) and TextCoverage(checking:).
# The seed corpus is Samples/ plus the test fixtures; new inputs go to .build-fuzz/corpus,
# crashes to .build-fuzz/artifacts. Every crash found becomes a regression test in BadInputTests.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-600}
jobs=${2:-1}
work=$root/.build-fuzz
mkdir -p "$work/Sources/PodiumFuzz" "$work/corpus" "$work/artifacts"

cat > "$work/Package.swift" <<SWIFT
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "PodiumFuzz",
    dependencies: [.package(name: "Podium", path: "$root")],
    targets: [.executableTarget(name: "PodiumFuzz", dependencies: [.product(name: "Podium", package: "Podium")])]
)
SWIFT

cat > "$work/Sources/PodiumFuzz/Fuzz.swift" <<'SWIFT'
import Foundation
import Podium

/// Feeds one input to every entry point; only a crash, a sanitizer report or a timeout fails.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let data = Data(bytes: start, count: count)
    _ = try? Transcript(parsing: data)
    _ = try? Transcript(parsing: data, format: .html)
    _ = try? Transcript(parsing: data, format: .markdown)
    _ = try? TextCoverage(checking: data)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point as `<module>_main`; hand control to libFuzzer's driver.
@_cdecl("PodiumFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { fuzzOne($0, $1) }
}
SWIFT

cp Samples/*.md Samples/*.txt Samples/*.html "$work/corpus/" 2>/dev/null || true
cp Tests/PodiumTests/Fixtures/*.* "$work/corpus/" 2>/dev/null || true

(cd "$work" && swift build -c release --scratch-path "$work/.build" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
binary=$(cd "$work" && swift build -c release --scratch-path "$work/.build" --show-bin-path)/PodiumFuzz

parallel=()
if (( jobs > 1 )); then parallel=(-jobs="$jobs" -workers="$jobs"); fi
cd "$work"  # libFuzzer writes fuzz-N.log files for parallel jobs into the current folder
"$binary" "$work/corpus" -max_total_time="$seconds" "${parallel[@]}" -max_len="${MAX_LEN:-8192}" \
    -timeout=20 -rss_limit_mb=4096 -artifact_prefix="$work/artifacts/" -print_final_stats=1
