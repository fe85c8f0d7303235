// swift-tools-version:6.1
// Benchmarks for Podium, kept out of the main package and out of CI:
//   swift package --package-path Benchmarks --scratch-path .build-perf-bench benchmark
import PackageDescription

let package = Package(
    name: "PodiumBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Podium", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "PodiumBenchmarks",
            dependencies: [
                .product(name: "Podium", package: "Podium"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "PodiumBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark")
            ]
        )
    ]
)
