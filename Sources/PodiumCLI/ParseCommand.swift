import ArgumentParser
import Foundation
import Podium

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse a transcript and print it as JSON."
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Output format: json.")
    var format: OutputFormat = .json

    @Flag(name: .long, help: "Write JSON on one line.")
    var compact = false

    @Option(name: [.short, .long], help: "Write to FILE instead of standard output.")
    var output: String?

    func run() throws {
        let document = try input.load()
        let transcript = try input.parse(document)
        let rendered: String
        switch format {
        case .json: rendered = transcript.jsonString(pretty: !compact)
        case .markdown: rendered = String(transcript.markdown().dropLast())
        }
        try OutputWriter.write(rendered + "\n", to: output)
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    /// The whole transcript as Markdown, every turn with its label in bold.
    case markdown
}
