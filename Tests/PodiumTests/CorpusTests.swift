import Foundation
import Testing

@testable import Podium

/// The shared development corpus (`../shared/corpus`), read in place. Its gold documents are scored in
/// ``GoldTests``.
@Suite("Corpus")
struct CorpusTests {
    @Test(.enabled(if: TestSupport.hasCorpus, "../shared/corpus is absent"))
    func seedSampleIsTheCorpusSeedUnchanged() throws {
        let corpus = try #require(TestSupport.corpus)
        let shared = try Data(contentsOf: corpus.appendingPathComponent("zh_scio_miit_presser_2022-04-19.md"))
        #expect(try TestSupport.sample("zh_scio_miit_presser_2022-04-19.md") == shared)
    }

    /// CI always has the corpus and the binary and sets PODIUM_REQUIRE_CORPUS=1 (.ci/run): there, a
    /// missing one fails the run instead of skipping the suites that need it.
    @Test(.enabled(if: TestSupport.requiresCorpus, "PODIUM_REQUIRE_CORPUS is not set: a missing corpus or binary only skips tests"))
    func corpusAndBinaryArePresentWhereRequired() {
        #expect(TestSupport.corpus != nil, "../shared/corpus is absent beside \(TestSupport.packageRoot.path)")
        #expect(PodiumExecutable.isBuilt, "\(PodiumExecutable.missing)")
    }
}
