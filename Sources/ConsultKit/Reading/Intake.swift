/// Everything read from the workspace: the questionnaire, every response and every problem found.
public struct Intake: Sendable {
    /// The questionnaire, when one could be read.
    public var questionnaire: Questionnaire?
    /// Every response kept whole, before superseded ones are set aside, in file order: all response files,
    /// and the rows of survey exports from organisations (which a later submission may supersede).
    public var responses: [Response] = []
    /// Every problem found while reading.
    public var diagnostics: [Diagnostic] = []
    /// What was read from each survey export.
    public var exports: [ExportReport] = []
    /// Members of the public read from survey exports: never merged or named, so folded into compact
    /// figures as they are read instead of being kept whole.
    var crowd: Crowd?
    /// Whether export rows from members of the public are folded into `crowd`; tests turn it off to show
    /// that folding changes nothing a document shows.
    var foldsMembersOfThePublic = true
    /// Whether export rows are built straight from their cells (``SurveyRowBuilder``); tests turn it off to
    /// show that this gives what building each row through a ``RawResponse`` gives.
    var buildsExportRowsDirectly = true
    /// Rows of an export built together on one thread; tests make it small to exercise the merging.
    var exportBatchSize = SurveyExportLoader.batchSize
    /// Reads rows of an export again, whole, given the export's name and the row numbers wanted: for
    /// members of the public who were folded but must be quoted after all. Set by the workspace.
    var rereadRows: (@Sendable (_ source: String, _ rows: Set<Int>) -> [Int: Response])?
    /// Per export: the reader's place every ``SurveyExportLoader/checkpointInterval`` rows, so that
    /// reading rows again starts near them.
    var exportCheckpoints: [String: [CSVReader.Checkpoint]] = [:]
    /// The exports that were valid UTF-8, which need no checking when read again.
    var validUTF8Exports: Set<String> = []

    /// Every response read: those kept whole and the members of the public folded in from exports.
    public var responseCount: Int { responses.count + (crowd?.count ?? 0) }

    /// Creates an empty intake.
    public init() {}

    /// Takes in one response read from a file or an export row.
    mutating func add(_ response: Response) {
        guard foldsMembersOfThePublic, response.row != nil, response.isPublic, let questionnaire else {
            responses.append(response)
            return
        }
        if crowd == nil { crowd = Crowd(questionnaire: questionnaire) }
        crowd?.fold(response)
    }
}

/// What one survey export contributed, for the per-export report.
public struct ExportReport: Sendable, Hashable, Codable {
    /// The export's file name.
    public var file: String
    /// The text encoding the file was read as.
    public var encoding: String
    /// Data rows read (not counting the header).
    public var rowsRead: Int
    /// Responses taken from the export (rows that were not rejected whole).
    public var responses: Int
    /// Cells that could not be understood (unknown answers, bad dates, ragged rows).
    public var rejectedCells: Int
    /// Responses from this export superseded by a later submission from the same organisation.
    public var superseded: Int

    /// Creates a report.
    public init(
        file: String, encoding: String, rowsRead: Int = 0, responses: Int = 0, rejectedCells: Int = 0,
        superseded: Int = 0
    ) {
        self.file = file
        self.encoding = encoding
        self.rowsRead = rowsRead
        self.responses = responses
        self.rejectedCells = rejectedCells
        self.superseded = superseded
    }
}
