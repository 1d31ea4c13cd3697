import Foundation

/// Who the programme office expects to hear from: `Responses/_register.csv`, with the columns
/// `respondent,type,place,contact`.
///
/// A row whose type or place the questionnaire does not know is kept (it can still be chased) and
/// reported as a warning at its row.
public struct StakeholderRegister: Sendable, Hashable {
    /// One expected stakeholder.
    public struct Entry: Sendable, Hashable {
        /// The organisation's name as the register gives it.
        public var respondent: String
        /// The stakeholder type id, when the register names a known one.
        public var type: String?
        /// The place id, when the register names a known one.
        public var place: String?
        /// The type and place as written, for rows the questionnaire does not recognise.
        public var typeText: String
        public var placeText: String
        /// How to reach them.
        public var contact: String
        /// The register's row, as a spreadsheet numbers it.
        public var row: Int
    }

    /// The register's file name, as the user named it.
    public var source: String
    /// The expected stakeholders, in the register's order.
    public var entries: [Entry]

    /// The columns a register has.
    static let columns = ["respondent", "type", "place", "contact"]

    /// Reads a register, reporting rows with an unknown type or place.
    public static func read(_ data: Data, source: String, questionnaire: Questionnaire) -> (
        StakeholderRegister?, [Diagnostic]
    ) {
        let reader: CSVReader
        do {
            reader = try CSVReader(data: data, source: source)
        } catch {
            return (nil, [error.diagnostic])
        }
        var diagnostics = reader.warnings
        let keys = reader.header.map(\.matchKey)
        let position = Dictionary(
            columns.map { name in (name, keys.firstIndex(of: name)) }, uniquingKeysWith: { a, _ in a })
        guard let nameColumn = position["respondent"] ?? nil else {
            let message =
                "the register has no 'respondent' column; its header must be \(columns.joined(separator: ","))"
            return (nil, diagnostics + [.error(message, file: source, line: 1)])
        }
        let vocabulary = Vocabulary(questionnaire: questionnaire)
        var entries: [Entry] = []
        for row in reader {
            func cell(_ name: String) -> String {
                guard let index = position[name] ?? nil else { return "" }
                return row[safe: index]?.trimmingSpaces() ?? ""
            }
            let name = row[safe: nameColumn]?.trimmingSpaces() ?? ""
            guard !name.isEmpty else {
                diagnostics.append(
                    .warning("this row names no respondent and is skipped", file: source, line: row.number))
                continue
            }
            var entry = Entry(
                respondent: name, type: nil, place: nil, typeText: cell("type"), placeText: cell("place"),
                contact: cell("contact"), row: row.number)
            if !entry.typeText.isEmpty {
                switch vocabulary.stakeholderType(entry.typeText) {
                case .success(let type): entry.type = type.id
                case .failure(let problem):
                    diagnostics.append(.warning("column 'type': " + problem.message, file: source, line: row.number))
                }
            }
            if !entry.placeText.isEmpty {
                switch vocabulary.place(entry.placeText) {
                case .success(let place): entry.place = place.id
                case .failure(let problem):
                    diagnostics.append(.warning("column 'place': " + problem.message, file: source, line: row.number))
                }
            }
            entries.append(entry)
        }
        return (StakeholderRegister(source: source, entries: entries), diagnostics)
    }
}
