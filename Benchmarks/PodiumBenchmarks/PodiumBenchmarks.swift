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

/// One document of each layout the speed issue measures beside the seed's: read from `../shared/corpus` next to the
/// repository when it is there (public transcripts are not copied into the project; a layout whose file is absent
/// is left out), and the many-short-turns shape, generated here as `scripts/make_short_turns.py` writes it.
enum LayoutInputs {
    static let corpus = Inputs.seedURL.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static let documents: [(layout: String, path: String)] = [
        ("Markdown, White House briefing", "bulk/wh-briefings/2021-06-04-press-briefing-by-press-secretary-jen-psaki-and-director-of-the-national-economic-council-brian-deese-june-4-2021.md"),
        ("Markdown, Taiwanese transcript", "bulk/tw-transcripts/2016-10-01-萌典松前記者會.md"),
        ("plain text, MFA presser", "bulk/mfa/2016-01-04-华春莹.txt"),
        ("plain text, earnings call", "en_earnings_equity_commonwealth_q3_2022.txt"),
        ("names as labels, CNN town hall", "zoo/en_townhall_cnn_biden_2021-07-21.txt"),
        ("subtitles, SRT podcast", "zoo/en_podcast_buzzsprout_10things_srt_2020-10.srt"),
        ("numbered court record, SCOTUS", "zoo/en_court_scotus_hhs_v_florida_2012-03-26.txt"),
    ]

    static var available: [(layout: String, data: Data)] {
        documents.compactMap { layout, path in
            (try? Data(contentsOf: corpus.appendingPathComponent(path))).map { (layout, $0) }
        }
    }

    /// `scripts/make_short_turns.py OUT 20000`: 20,000 turns of a label line and one short sentence.
    static let shortTurns: Data = {
        let speakers = ["MODERATOR", "MS. LANE", "Q", "MR. ODUYA", "Q", "DR. KIMURA", "Q", "SECRETARY REYES"]
        let subjects = ["We", "They", "The city", "Officials"]
        let verbs = ["saw", "expect", "need", "added"]
        let nouns = ["cases", "jobs", "sites", "votes", "beds", "flights"]
        var text = "Briefing of many short turns\n\n"
        for index in 0..<20_000 {
            let speaker = speakers[index % speakers.count]
            let noun = nouns[(index / 8) % nouns.count]
            let sentence = speaker == "Q"
                ? "How many \(noun) by May \(index % 28 + 1)?"
                : "\(subjects[index % 4]) \(verbs[(index / 4) % 4]) \(index % 97 + 2) \(noun)."
            text += "\(speaker):\n\(sentence)\n\n"
        }
        return Data(text.utf8)
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

    // Every other layout, whole parses: the target is each at half the seed layout's bytes per second.
    for (layout, data) in LayoutInputs.available + [("many short turns (20,000)", LayoutInputs.shortTurns)] {
        Benchmark("whole parse, layout: \(layout) (\(data.count / 1_000) KB)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try Transcript(parsing: data)) }
        }
    }
}
