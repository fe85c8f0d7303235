/// JSON text for a value written beside a transcript's own JSON (a path, a record's id, an error message), escaped
/// as every JSON output of Podium is.
public enum JSONLiteral {
    /// `value` as a JSON string, quotes included: `"` and `\` escaped, control characters as `\n`, `\t`… or
    /// `\u00XX`, everything else as it is.
    public static func string(_ value: String) -> String {
        var writer = JSONWriter(pretty: false)
        writer.string(value)
        return writer.output
    }
}
