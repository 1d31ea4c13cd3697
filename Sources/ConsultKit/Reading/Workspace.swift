import Foundation

/// The folders a run reads: `Questionnaires/` and `Responses/`.
///
/// This is the thin layer that touches the disk; everything it reads goes through the text-in,
/// values-out readers. It never writes.
public struct Workspace: Sendable {
    /// The folder of questionnaire JSON files, as the user named it.
    public var questionnaires: String
    /// The folder of response files, as the user named it.
    public var responses: String
    /// The questionnaire to use when the folder holds more than one.
    public var questionnaireID: String?
    /// The folder relative paths are resolved against; `nil` for the process's current folder.
    ///
    /// Messages keep naming files as the user wrote them (`Responses/a.md`), wherever the run happens.
    public var base: String?

    /// Creates a workspace over two folders.
    public init(
        questionnaires: String = "Questionnaires", responses: String = "Responses", questionnaireID: String? = nil,
        base: String? = nil
    ) {
        self.questionnaires = questionnaires
        self.responses = responses
        self.questionnaireID = questionnaireID
        self.base = base
    }

    /// The path to open for a path as the user wrote it.
    public func resolve(_ path: String) -> String {
        guard let base, !path.hasPrefix("/") else { return path }
        return base.hasSuffix("/") ? base + path : base + "/" + path
    }

    /// Reads the questionnaire and every response, collecting every problem on the way.
    ///
    /// - Parameter progress: called now and then while a survey export is read, for a progress line.
    public func load(progress: ((ReadProgress) -> Void)? = nil) -> Intake {
        load(progress: progress, folding: true)
    }

    /// Reads everything; with `folding` off, members of the public from exports are kept whole, and with
    /// `directRows` off, export rows are built through a ``RawResponse`` (for tests).
    func load(
        progress: ((ReadProgress) -> Void)?, folding: Bool, batchSize: Int = SurveyExportLoader.batchSize,
        directRows: Bool = true
    ) -> Intake {
        var intake = Intake()
        intake.foldsMembersOfThePublic = folding
        intake.buildsExportRowsDirectly = directRows
        intake.exportBatchSize = batchSize
        let (questionnaire, problems) = loadQuestionnaire()
        intake.diagnostics += problems
        guard let questionnaire else { return intake }
        intake.questionnaire = questionnaire
        // A mistyped --responses must not pass for a consultation nobody has answered yet.
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolve(responses), isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            intake.diagnostics.append(
                .error("the responses folder does not exist; pass --responses DIR", file: responses))
            return intake
        }
        let loader = ResponseLoader(questionnaire: questionnaire, requireQuestionnaireField: false)
        for name in files(in: responses) {
            let path = join(responses, name)
            let kind = ResponseLoader.Kind(fileName: name)
            guard kind != .ignored else { continue }
            // A survey export may be large: map it rather than copy it, so only the pages being read are in memory.
            let options: Data.ReadingOptions = kind == .csv ? .alwaysMapped : []
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: resolve(path)), options: options) else {
                intake.diagnostics.append(.error("could not read this file", file: path))
                continue
            }
            var mapping: (data: Data, source: String)?
            if kind == .csv {
                let mappingPath = ResponseLoader.mappingName(for: path)
                mapping = FileManager.default.contents(atPath: resolve(mappingPath)).map { ($0, mappingPath) }
            }
            loader.load(data, kind: kind, source: path, mapping: mapping, into: &intake, progress: progress)
        }
        let checkpoints = intake.exportCheckpoints
        let validUTF8 = intake.validUTF8Exports
        intake.rereadRows = { [self] source, rows in
            rereadRows(
                rows, of: source, checkpoints: checkpoints[source] ?? [], validUTF8: validUTF8.contains(source),
                questionnaire: questionnaire)
        }
        return intake
    }

    /// Rows of the export `path` read again, whole (see ``Intake/rereadRows``).
    func rereadRows(
        _ rows: Set<Int>, of path: String, checkpoints: [CSVReader.Checkpoint], validUTF8: Bool,
        questionnaire: Questionnaire
    ) -> [Int: Response] {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: resolve(path)), options: .alwaysMapped) else {
            return [:]
        }
        let mappingPath = ResponseLoader.mappingName(for: path)
        let mapping = FileManager.default.contents(atPath: resolve(mappingPath)).map { ($0, mappingPath) }
        return SurveyExportLoader(questionnaire: questionnaire).responses(
            atRows: rows, in: data, source: path, mapping: mapping, mappingName: mappingPath, checkpoints: checkpoints,
            validUTF8: validUTF8)
    }

    /// Where the stakeholder register is: `_register.csv` in the responses folder.
    public var registerPath: String { join(responses, "_register.csv") }

    /// Reads the stakeholder register at `path`; a missing file is an error.
    public func loadRegister(_ path: String, questionnaire: Questionnaire) -> (StakeholderRegister?, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: resolve(path)) else {
            return (
                nil,
                [
                    .error(
                        "there is no stakeholder register here; write one with the columns respondent,type,place,contact, or pass --register FILE",
                        file: path)
                ]
            )
        }
        return StakeholderRegister.read(data, source: path, questionnaire: questionnaire)
    }

    /// The questionnaire to use, and the problems found in every questionnaire file.
    func loadQuestionnaire() -> (Questionnaire?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var found: [Questionnaire] = []
        let names = files(in: questionnaires).filter { $0.hasSuffix(".json") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolve(questionnaires), isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            return (
                nil,
                [.error("the questionnaires folder does not exist; pass --questionnaires DIR", file: questionnaires)]
            )
        }
        for name in names {
            let path = join(questionnaires, name)
            guard let data = FileManager.default.contents(atPath: resolve(path)) else {
                diagnostics.append(.error("could not read this file", file: path))
                continue
            }
            let (questionnaire, problems) = QuestionnaireReader.read(data, source: path)
            diagnostics += problems
            if let questionnaire { found.append(questionnaire) }
        }
        if let wanted = questionnaireID {
            guard let match = found.first(where: { $0.id == wanted }) else {
                let known = Vocabulary.list(found.map(\.id))
                diagnostics.append(
                    .error("no questionnaire has the id '\(wanted)'; found \(known)", file: questionnaires))
                return (nil, diagnostics)
            }
            return (match, diagnostics)
        }
        if found.count > 1 {
            diagnostics.append(
                .error(
                    "the folder holds \(found.count) questionnaires (\(Vocabulary.list(found.map(\.id).sorted()))); choose one with --questionnaire ID",
                    file: questionnaires))
            return (nil, diagnostics)
        }
        if found.isEmpty, !diagnostics.hasErrors {
            diagnostics.append(.error("no questionnaire (.json file) found", file: questionnaires))
        }
        return (found.first, diagnostics)
    }

    /// The names of the regular files in a folder, sorted so every run reads them in the same order.
    func files(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: resolve(directory))) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    private func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
