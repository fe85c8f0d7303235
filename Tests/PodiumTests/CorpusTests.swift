import Foundation
import PodiumTestSupport
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

    /// CI always has the corpus and sets PODIUM_REQUIRE_CORPUS=1 (.ci/run): there, a missing corpus fails
    /// the run instead of skipping the suites that need it. (PodiumCLITests' end-to-end suite does the same
    /// for the built binary.)
    @Test(.enabled(if: TestSupport.requiresCorpus, "PODIUM_REQUIRE_CORPUS is not set: a missing corpus only skips tests"))
    func corpusIsPresentWhereRequired() {
        #expect(TestSupport.corpus != nil, "../shared/corpus is absent beside \(TestSupport.packageRoot.path)")
    }
}
