import Foundation

/// A survey export made up from a fixed seed, with the figures it must produce: a test and benchmark aid,
/// never used on real responses.
///
/// Rows mix members of the public (about 85%) with organisations, some of which submit again and so
/// supersede their earlier row. Comments are assembled from sentences that each raise known themes, so the
/// generator works out the answer key as it writes (``AnswerKey``), without running the reader. Everything
/// comes from ``SyntheticExport/questionnaire``, which ``write(into:)`` saves beside the export.
public struct SyntheticExport: Sendable {
    /// The export's bytes: UTF-8 CSV with a header row.
    public var csv: [UInt8]
    /// The sidecar mapping file's text.
    public var mapping: String
    /// The figures a correct reader arrives at.
    public var key: AnswerKey

    /// The figures a correct reader arrives at for a synthetic export.
    public struct AnswerKey: Sendable, Hashable {
        /// Data rows written.
        public var rows = 0
        /// Respondents counted: every member of the public and each organisation's latest row.
        public var respondents = 0
        /// Organisation rows replaced by a later row from the same organisation.
        public var superseded = 0
        /// Counted respondents who submitted after the feedback deadline.
        public var late = 0
        /// Cells that must be reported: unknown answers and impossible dates.
        public var rejectedCells = 0
        /// Counted respondents per stakeholder type id.
        public var byType: [String: Int] = [:]
        /// Counted respondents per place id.
        public var byPlace: [String: Int] = [:]
        /// Per question id, counted respondents per answer id (`unrecognised` included when any).
        public var counts: [String: [String: Int]] = [:]
        /// Per question id, counted respondents who gave no answer.
        public var unanswered: [String: Int] = [:]
        /// Per question id, the position (a side, `divided` or `none`).
        public var positions: [String: String] = [:]
        /// Per theme id, counted respondents who raised it.
        public var themes: [String: Int] = [:]
        /// Per theme id, then question id, counted respondents who raised it there.
        public var themeQuestions: [String: [String: Int]] = [:]
        /// Per campaign template, the members of the public whose answers were copied from it, lightly
        /// edited; templates nobody used are left out.
        public var campaigns: [Int] = []
    }

    /// Generates `rows` rows from `seed`; the same arguments always give the same bytes and key.
    ///
    /// - Parameters:
    ///   - rows: The number of data rows.
    ///   - seed: Seeds every choice.
    ///   - campaignShare: The share of members of the public (0 to 1) whose comments copy one of three
    ///     campaign templates, lightly edited (a sentence dropped, words added at the start or end). With
    ///     0, the default, the export is exactly the one made before campaigns were added.
    public init(rows: Int, seed: UInt64 = 2021, campaignShare: Double = 0) {
        var generator = Generator(seed: seed, campaignShare: campaignShare)
        (csv, key) = generator.make(rows: rows)
        mapping = Self.mappingText
    }

    /// Writes `Questionnaires/synthetic.json`, `Responses/export.csv` and its mapping into `directory`.
    public func write(into directory: String) throws {
        let root = URL(fileURLWithPath: directory)
        let questionnaires = root.appendingPathComponent("Questionnaires")
        let responses = root.appendingPathComponent("Responses")
        try FileManager.default.createDirectory(at: questionnaires, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: responses, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(Self.questionnaire).write(to: questionnaires.appendingPathComponent("synthetic.json"))
        try Data(csv).write(to: responses.appendingPathComponent("export.csv"))
        try Data(mapping.utf8).write(to: responses.appendingPathComponent("export.mapping.json"))
    }
}

extension SyntheticExport {
    /// The header of the export, as an online survey tool writes it.
    static let header = [
        "Response ID", "Organisation name", "What type of organisation are you?", "Which borough are you in?",
        "Submitted on", "Email address", "Can we publish your response?",
        "Q1. Do you agree that ICSs need a statutory footing?", "Q2. Do you agree that option 2 offers clarity?",
        "Q3. Do you agree that membership should be permissive?", "Q4. Do you agree that services should be delegated?",
        "Which option do you prefer?", "Q1. Please explain your answer", "Q2. Please explain your answer",
        "Q3. Please explain your answer", "Q4. Please explain your answer", "Any other comments?",
        "Main concerns (optional)",
    ]

    static let mappingText = """
        {
          "version": 1,
          "questionnaire": "synthetic-consultation",
          "columns": {
            "id": "Response ID", "respondent": "Organisation name", "type": "What type of organisation are you?",
            "place": "Which borough are you in?", "submitted": "Submitted on", "contact": "Email address",
            "publish": "Can we publish your response?",
            "answers": {
              "q1": "Q1. Do you agree that ICSs need a statutory footing?",
              "q2": "Q2. Do you agree that option 2 offers clarity?",
              "q3": "Q3. Do you agree that membership should be permissive?",
              "q4": "Q4. Do you agree that services should be delegated?",
              "option": "Which option do you prefer?"
            },
            "comments": {
              "q1": "Q1. Please explain your answer", "q2": "Q2. Please explain your answer",
              "q3": "Q3. Please explain your answer", "q4": "Q4. Please explain your answer",
              "comments": "Any other comments?"
            },
            "concerns": {"comments": "Main concerns (optional)"}
          }
        }

        """
}
