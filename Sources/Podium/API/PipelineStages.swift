#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The pipeline's stages one at a time, for the benchmarks in `Benchmarks/` (`@_spi(Benchmarks) import Podium`).
/// Not a stable interface: it follows the pipeline as it changes.
@_spi(Benchmarks)
public enum PipelineStages {
    /// Bytes → text, as ``Transcript/init(parsing:format:encoding:options:)`` decodes them.
    public static func decode(_ data: Data) throws -> String {
        try TextDecoder.decode(data, forcing: nil).text
    }

    /// A document's blocks (paragraphs with their markup removed) and its title.
    public struct Blocks {
        let blocks: [Block]
        let title: String?
        public var count: Int { blocks.count }
    }

    /// Text → front matter, format detection and blocks.
    public static func read(_ text: String) -> Blocks {
        let document = DocumentReader.read(text, format: nil)
        return Blocks(blocks: document.blocks, title: document.title)
    }

    /// Blocks → speaker labels, participants, turns, notes; returns the number of turns.
    public static func segment(_ blocks: Blocks) -> Int {
        Segmenter(title: blocks.title).segment(blocks.blocks).turns.count
    }

    /// The numbered points of every turn, found again; returns how many there are.
    public static func analyse(_ transcript: Transcript) -> Int {
        var count = 0
        for turn in transcript.turns {
            let points = PointExtractor(paragraphs: turn.paragraphs).extract()
            count += points.count + PointCountCheck.diagnostics(turn: turn).count
        }
        return count
    }
}
