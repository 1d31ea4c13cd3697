/// Builds the ``Response`` of a survey export row straight from its cells.
///
/// It gives exactly what reading the row into a ``RawResponse`` and building that with ``ResponseBuilder``
/// gives (``SurveyExportLoader/Batch/general(_:)``): the same response and the same diagnostics, in the
/// same order. What it saves is the work in between, which a national export repeats for every row: each
/// column's part is worked out once per export instead of per cell, the values of a row are never copied
/// into dictionaries by field name, and what an answer, type, place, `publish` or concerns cell names is
/// resolved once per spelling and then remembered (in a ``Memory`` the caller keeps from row to row).
struct SurveyRowBuilder: Sendable {
    /// What one row comes to.
    struct Outcome: Sendable, Equatable {
        /// The response, when the row counts.
        var response: Response?
        /// The row's problems, in the order they are reported.
        var diagnostics: [Diagnostic] = []
        /// Whether the row answers another questionnaire and is left out; its problems are then not counted
        /// as rejected cells.
        var isLeftOut = false
        /// Whether the row is a counted member of the public, read into a ``CrowdRow`` for folding instead of
        /// a response (see ``SurveyRowBuilder/build(_:memory:folding:)``).
        var isFolded = false
    }

    /// An id a cell resolved to, and its index in the crowd's tables (-1 when the builder folds nothing).
    struct Resolved: Sendable, Equatable {
        var id: String
        var index: Int
    }

    /// The columns of one question, in file order.
    private struct QuestionColumns: Sendable {
        /// The position of the question the general path files these columns under: the first with their
        /// question's id.
        let position: Int
        let id: String
        let isFreeText: Bool
        let answer: [Int]
        let comments: [Int]
        let concerns: [Int]
    }

    private let source: String
    private let header: [String]
    private let vocabulary: Vocabulary
    private let questionnaireID: String
    /// The columns of each respondent field, by name, in file order; a later column overrides an earlier.
    private let respondentColumns: [Int]
    private let typeColumns: [Int]
    private let placeColumns: [Int]
    private let submittedColumns: [Int]
    private let contactColumns: [Int]
    private let publishColumns: [Int]
    private let questionnaireColumns: [Int]
    /// The questions some column belongs to, in the questionnaire's order.
    private let questions: [QuestionColumns]
    /// The crowd's tables, when members of the public are read for folding; `nil` otherwise, and when two
    /// questions share an id (the crowd then reads them by id, from a built response).
    private let layout: Crowd.Layout?

    /// What cells have resolved to so far, kept by a caller that builds many rows of one export, so that
    /// each spelling of an answer, type, place, `publish` or concerns cell is resolved only once.
    struct Memory: Sendable {
        /// By question, in the order of the builder's questions.
        var answers: [Memo<Result<Resolved, Vocabulary.Problem>>] = []
        var types = Memo<Result<String, Vocabulary.Problem>>()
        var places = Memo<Result<Resolved, Vocabulary.Problem>>()
        var publications = Memo<Result<Publication, Vocabulary.Problem>>()
        var concerns = Memo<(themes: [Resolved], problems: [Vocabulary.Problem])>()

        /// An empty memory.
        init() {}
    }

    /// A builder for the rows of one export, whose header and columns are given; with the `layout` of the
    /// crowd that members of the public are folded into, it can read their rows for folding.
    init(columns: SurveyColumns, header: [String], vocabulary: Vocabulary, source: String, layout: Crowd.Layout? = nil)
    {
        self.source = source
        self.header = header
        self.vocabulary = vocabulary
        let questionnaire = vocabulary.questionnaire
        questionnaireID = questionnaire.id
        var fields: [String: [Int]] = [:]
        var answer = [[Int]](repeating: [], count: questionnaire.questions.count)
        var comments = answer
        var concerns = answer
        for (index, role) in columns.roles.enumerated() {
            switch role {
            case .field(let name)?: fields[name, default: []].append(index)
            case .answer(let position)?: answer[position].append(index)
            case .comments(let position)?: comments[position].append(index)
            case .concerns(let position)?: concerns[position].append(index)
            case nil: continue
            }
        }
        respondentColumns = fields["respondent"] ?? []
        typeColumns = fields["type"] ?? []
        placeColumns = fields["place"] ?? []
        submittedColumns = fields["submitted"] ?? []
        contactColumns = fields["contact"] ?? []
        publishColumns = fields["publish"] ?? []
        questionnaireColumns = fields["questionnaire"] ?? []
        var questions: [QuestionColumns] = []
        for (position, question) in questionnaire.questions.enumerated()
        where !(answer[position].isEmpty && comments[position].isEmpty && concerns[position].isEmpty) {
            guard let filed = questionnaire.questions.firstIndex(where: { $0.id == question.id }) else { continue }
            questions.append(
                QuestionColumns(
                    position: filed, id: question.id, isFreeText: questionnaire.questions[filed].scale == nil,
                    answer: answer[position], comments: comments[position], concerns: concerns[position]))
        }
        self.questions = questions
        let ids = questionnaire.questions.map(\.id)
        self.layout = Set(ids).count == ids.count ? layout : nil
    }

    /// The response and diagnostics of one row.
    func build(_ row: CSVRow, memory: inout Memory) -> Outcome {
        var unused = CrowdRow()
        return build(row, memory: &memory, folds: false, into: &unused)
    }

    /// The diagnostics of one row and, when it is a counted member of the public and the builder has the
    /// crowd's layout, the row as the crowd folds it, in `folded` (with ``Outcome/isFolded`` set) instead of a
    /// response: the same diagnostics, in the same order, as ``build(_:memory:)``, and the same figures as
    /// folding its response, without building the response.
    func build(_ row: CSVRow, memory: inout Memory, folding folded: inout CrowdRow) -> Outcome {
        build(row, memory: &memory, folds: true, into: &folded)
    }

    private func build(_ row: CSVRow, memory: inout Memory, folds: Bool, into folded: inout CrowdRow) -> Outcome {
        if memory.answers.count != questions.count { memory.answers = Array(repeating: Memo(), count: questions.count) }
        let (cells, line, header, source) = (row.fields, row.number, header, source)
        var outcome = Outcome()
        if cells.count != header.count {
            let extra = cells.count > header.count
            outcome.diagnostics.append(
                .error(
                    "this row has \(Grammar.count(cells.count, "field")) but the header has \(Grammar.number(header.count)); "
                        + (extra
                            ? "the extra fields are ignored (is a separator inside an unquoted field?)"
                            : "the missing fields are read as empty"),
                    file: source, line: line))
        }
        /// The column a field is read from: the last of its columns that this row reaches.
        func column(_ columns: [Int]) -> Int? {
            columns.last { $0 < cells.count }
        }
        func report(_ problem: Vocabulary.Problem, _ column: Int) {
            outcome.diagnostics.append(
                Diagnostic(problem.severity, "column '\(header[column])': " + problem.message, file: source, line: line)
            )
        }
        if let column = column(questionnaireColumns) {
            let named = cells[column].trimmingSpaces()
            if !named.isEmpty, named != questionnaireID {
                outcome.diagnostics.append(
                    .warning(
                        "column '\(header[column])': this row answers questionnaire '\(named)', not '\(questionnaireID)'; it is left out of this run",
                        file: source, line: line))
                outcome.isLeftOut = true
                return outcome
            }
        }
        var typeID: String?
        if let column = column(typeColumns), !Self.isBlank(cells[column]) {
            switch type(cells[column], &memory) {
            case .success(let id): typeID = id
            case .failure(let problem):
                report(Vocabulary.Problem(problem.message + " The response is not counted."), column)
            }
        } else {
            outcome.diagnostics.append(Self.missing("type", file: source, line: line))
        }
        let isPublic = typeID == StakeholderType.publicID
        var name = column(respondentColumns).map { cells[$0].trimmingSpaces() } ?? ""
        if name.isEmpty {
            if isPublic {
                name = "Member of the public"
            } else if typeID != nil {
                outcome.diagnostics.append(Self.missing("respondent", file: source, line: line))
            }
        }
        // A member of the public always has a name (and a type), so always counts.
        let foldsRow = folds && isPublic && layout != nil
        if foldsRow {
            folded.reset(questions: vocabulary.questionnaire.questions.count, scaled: layout?.scaled ?? 0)
            (folded.source, folded.row, folded.respondent) = (source, line, name)
        }
        var response = Response(source: source, row: line, respondent: name, type: typeID ?? "", line: line)
        if let column = column(placeColumns), !Self.isBlank(cells[column]) {
            switch place(cells[column], &memory) {
            case .success(let place):
                response.place = place.id
                folded.place = place.index
            case .failure(let problem): report(problem, column)
            }
        }
        if let column = column(submittedColumns), !Self.isBlank(cells[column]) {
            switch vocabulary.date(cells[column], field: header[column]) {
            case .success(let day):
                response.submitted = day
                folded.submitted = Int32(day.year * 10_000 + day.month * 100 + day.day)
            case .failure(let problem): report(problem, column)
            }
        }
        if let column = column(contactColumns) {
            let text = cells[column].trimmingSpaces()
            response.contact = text.isEmpty ? nil : text
        }
        if let column = column(publishColumns), !Self.isBlank(cells[column]) {
            switch publication(cells[column], &memory) {
            case .success(let publication): response.publish = publication
            case .failure(let problem):
                report(Vocabulary.Problem(problem.message + "; treated as 'no' until corrected"), column)
                response.publish = .no
            }
        }
        if let column = column(questionnaireColumns) {
            let named = cells[column].trimmingSpaces()
            if !named.isEmpty { response.questionnaire = named }
        }
        if foldsRow {
            folded.unquotable = response.publish == .no
            for index in questions.indices {
                let read = read(index, cells, memory: &memory, report: report)
                let position = questions[index].position
                folded.texts[position] = read.text
                for theme in read.concerns where theme.index >= 0 { folded.concerns.append((position, theme.index)) }
                guard let scaled = layout?.scaledIndex[position] ?? nil else { continue }
                if let choice = read.choice, choice.index >= 0 {
                    folded.codes[scaled] = UInt8(choice.index + 1)
                } else if let text = read.unrecognised {
                    folded.codes[scaled] = Crowd.unrecognisedCode
                    folded.unrecognised.append((scaled, text))
                }
            }
            outcome.isFolded = true
            return outcome
        }
        response.answers.reserveCapacity(questions.indices.count(where: { opens(question: $0, cells) }))
        for index in questions.indices {
            if let answer = build(index, cells, line: line, memory: &memory, report: report) {
                response.answers[questions[index].id] = answer
            }
        }
        let counted = typeID != nil && !name.isEmpty
        outcome.response = counted ? response : nil
        return outcome
    }

    /// Whether a row has a section for the question: an answer column it reaches, or a comment or concern.
    private func opens(question index: Int, _ cells: [String]) -> Bool {
        questions[index].answer.contains { $0 < cells.count }
            || questions[index].comments.contains { $0 < cells.count && !Self.isBlank(cells[$0]) }
            || questions[index].concerns.contains { $0 < cells.count && !Self.isBlank(cells[$0]) }
    }

    /// One question's answer, as ``ResponseBuilder`` builds it from the row's section for the question.
    private func build(
        _ index: Int, _ cells: [String], line: Int, memory: inout Memory, report: (Vocabulary.Problem, Int) -> Void
    ) -> Answer? {
        let read = read(index, cells, memory: &memory, report: report)
        var answer = Answer(question: questions[index].id, line: line)
        answer.choice = read.choice?.id
        answer.unrecognised = read.unrecognised
        for theme in read.concerns where !answer.concerns.contains(theme.id) { answer.concerns.append(theme.id) }
        answer.text = read.text
        let isEmpty =
            answer.choice == nil && answer.unrecognised == nil && answer.text.isEmpty && answer.concerns.isEmpty
        return isEmpty ? nil : answer
    }

    /// What the cells of one question say, read in the order their problems are reported.
    private struct QuestionCells {
        var choice: Resolved?
        /// An answer that matched no option.
        var unrecognised: String?
        /// The themes listed, in order, repeats included.
        var concerns: [Resolved] = []
        /// The answer's text: a free-text question's answer cell, then the comments, a blank line apart.
        var text = ""
    }

    /// Reads the cells of the builder's question at `index`, reporting their problems.
    private func read(
        _ index: Int, _ cells: [String], memory: inout Memory, report: (Vocabulary.Problem, Int) -> Void
    ) -> QuestionCells {
        let id = questions[index].id
        var read = QuestionCells()
        if let column = questions[index].answer.last(where: { $0 < cells.count }), !Self.isBlank(cells[column]) {
            let raw = cells[column]
            if questions[index].isFreeText {
                let text = raw.trimmingSpaces()
                report(
                    Vocabulary.Problem(
                        "\(id) is a free-text question and takes no 'answer'; the text '\(text)' is kept with the comments",
                        severity: .warning), column)
                read.text = text
            } else {
                switch choice(raw, question: index, &memory) {
                case .success(let choice): read.choice = choice
                case .failure(let problem):
                    report(problem, column)
                    read.unrecognised = raw.trimmingSpaces()
                }
            }
        }
        for column in questions[index].concerns where column < cells.count && !Self.isBlank(cells[column]) {
            let (themes, problems) = themes(inList: cells[column], &memory)
            read.concerns += themes
            for problem in problems { report(problem, column) }
        }
        var text = ""
        for column in questions[index].comments where column < cells.count {
            let comment = cells[column].trimmingSpaces()
            guard !comment.isEmpty else { continue }
            text = text.isEmpty ? comment : text + "\n\n" + comment
        }
        if !text.isEmpty {
            read.text = read.text.isEmpty ? text : read.text + "\n\n" + text
        }
        return read
    }
}

extension SurveyRowBuilder {
    /// What each spelling of a cell resolves to, remembered by its exact text.
    ///
    /// Only ASCII text is remembered: two different non-ASCII spellings can be equal as Swift strings
    /// (composed and decomposed accents) yet be quoted differently in a message.
    struct Memo<Value: Sendable>: Sendable {
        private var values: [String: Value] = [:]
        /// Spellings remembered at most, so that a column of free text cannot fill memory. Room for every
        /// spelling a real column of short cells has: a concerns column lists any few of a dozen themes, in
        /// any order and case, so a national export has hundreds of spellings (about 600 in the benchmark's),
        /// and each one not remembered is parsed again on every row that has it.
        static var limit: Int { 4_096 }

        /// What `text` resolved to before, if it was remembered.
        func recall(_ text: String) -> Value? {
            values.isEmpty || !SurveyRowBuilder.isASCII(text) ? nil : values[text]
        }

        mutating func remember(_ value: Value, for text: String) {
            guard values.count < Self.limit, SurveyRowBuilder.isASCII(text) else { return }
            values[text] = value
        }
    }

    // Each look-up below gives what ``Vocabulary`` gives for the text; written out rather than through a
    // shared function taking a closure, because such a closure copies the whole builder on every call.

    private func type(_ raw: String, _ memory: inout Memory) -> Result<String, Vocabulary.Problem> {
        if let known = memory.types.recall(raw) { return known }
        let result: Result<String, Vocabulary.Problem>
        switch vocabulary.stakeholderType(raw) {
        case .success(let type): result = .success(type.id)
        case .failure(let problem): result = .failure(problem)
        }
        memory.types.remember(result, for: raw)
        return result
    }

    private func place(_ raw: String, _ memory: inout Memory) -> Result<Resolved, Vocabulary.Problem> {
        if let known = memory.places.recall(raw) { return known }
        let result: Result<Resolved, Vocabulary.Problem>
        switch vocabulary.place(raw) {
        case .success(let place): result = .success(Resolved(id: place.id, index: layout?.placeIndex[place.id] ?? -1))
        case .failure(let problem): result = .failure(problem)
        }
        memory.places.remember(result, for: raw)
        return result
    }

    private func publication(_ raw: String, _ memory: inout Memory) -> Result<Publication, Vocabulary.Problem> {
        if let known = memory.publications.recall(raw) { return known }
        let result = vocabulary.publication(raw)
        memory.publications.remember(result, for: raw)
        return result
    }

    /// The option an answer cell names for the builder's question at `index`, with its position in the
    /// crowd's table of the question's options.
    private func choice(_ raw: String, question index: Int, _ memory: inout Memory)
        -> Result<Resolved, Vocabulary.Problem>
    {
        if let known = memory.answers[index].recall(raw) { return known }
        let result: Result<Resolved, Vocabulary.Problem>
        let position = questions[index].position
        switch vocabulary.answer(raw, for: vocabulary.questionnaire.questions[position]) {
        case .success(let option):
            let scaled = layout?.scaledIndex[position]
            let found = scaled.flatMap { layout?.optionIndex[$0][option.id] }
            result = .success(Resolved(id: option.id, index: found ?? -1))
        case .failure(let problem): result = .failure(problem)
        }
        memory.answers[index].remember(result, for: raw)
        return result
    }

    /// The themes a concerns cell lists, with their positions in the crowd's table of themes.
    private func themes(inList raw: String, _ memory: inout Memory) -> (
        themes: [Resolved], problems: [Vocabulary.Problem]
    ) {
        if let known = memory.concerns.recall(raw) { return known }
        let (ids, problems) = vocabulary.themes(inList: raw)
        let result = (ids.map { Resolved(id: $0, index: layout?.themeIndex[$0] ?? -1) }, problems)
        memory.concerns.remember(result, for: raw)
        return result
    }

    /// Whether a cell is empty once spaces are trimmed, without trimming it.
    static func isBlank(_ text: String) -> Bool {
        !text.hasVisibleASCIIEnds && text.trimmingSpaces().isEmpty
    }

    static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0x80 } }
            ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The error ``ResponseBuilder`` reports for a required field missing from a row.
    private static func missing(_ field: String, file: String, line: Int) -> Diagnostic {
        .error("missing required field '\(field)' in this row; the response is not counted", file: file, line: line)
    }
}
