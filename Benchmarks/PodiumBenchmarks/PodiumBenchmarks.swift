import Benchmark
import Foundation
@_spi(Benchmarks) import Podium

/// The seed transcript (an SCIO press conference, Jekyll post with an HTML body) and a one-megabyte document
/// made the way `../shared/bench/make_bench.py` makes its large one: the seed's question-and-answer part repeated.
enum Inputs {
    static let seedURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples/zh_scio_miit_presser_2022-04-19.md")

    static let seed: Data = (try? Data(contentsOf: seedURL)) ?? Data()

    static let large: Data = {
        let text = String(decoding: seed, as: UTF8.self)
        let marker = "<h3 class=\"emh3\">以下为发布会实录</h3>"
        guard let markerRange = text.range(of: marker),
            let start = text.range(of: "<p><strong>", range: markerRange.upperBound..<text.endIndex),
            let end = text.range(of: "<p>邢慧娜：</p>", options: .backwards)
        else { return seed }
        let questionsAndAnswers = text[start.lowerBound..<end.lowerBound]
        let repeats = max(1, 1_000_000 / max(1, questionsAndAnswers.utf8.count))
        return Data((text[..<start.lowerBound] + String(repeating: String(questionsAndAnswers), count: repeats) + text[end.lowerBound...]).utf8)
    }()
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident],
        scalingFactor: .one,
        maxDuration: .seconds(5),
        maxIterations: 200
    )

    for (name, data) in [("seed 47 KB", Inputs.seed), ("1 MB", Inputs.large)] {
        guard let text = try? PipelineStages.decode(data), let transcript = try? Transcript(parsing: data) else { continue }
        let blocks = PipelineStages.read(text)

        Benchmark("decode, \(name)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try PipelineStages.decode(data)) }
        }
        Benchmark("read blocks, \(name)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(PipelineStages.read(text).count) }
        }
        Benchmark("segment, \(name)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(PipelineStages.segment(blocks)) }
        }
        Benchmark("analyse (points), \(name)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(PipelineStages.analyse(transcript)) }
        }
        Benchmark("JSON, \(name)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(transcript.jsonString(pretty: false)) }
        }
        Benchmark("Markdown, \(name)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(transcript.markdown()) }
        }
        Benchmark("whole parse, \(name)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try Transcript(parsing: data)) }
        }
    }
}
