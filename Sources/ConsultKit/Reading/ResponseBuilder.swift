/// Turns a ``RawResponse`` into a ``Response``, checking each value against the questionnaire.
///
/// A value that cannot be understood is reported and, where possible, the rest of the response still
/// counts: an unrecognised answer is kept as `unrecognised`, a bad date as no date.
struct ResponseBuilder: Sendable {
    let vocabulary: Vocabulary

    init(questionnaire: Questionnaire) {
        vocabulary = Vocabulary(questionnaire: questionnaire)
    }

    /// A builder sharing a vocabulary already built, for a survey export that builds one response per row.
    init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    func build(_ raw: RawResponse) -> (Response?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func report(_ problem: Vocabulary.Problem, _ value: RawResponse.Value?) {
            var message = problem.message
            if let column = value?.column { message = "column '\(column)': " + message }
            if let path = value?.path { message = path + ": " + message }
            let line = raw.locatedByPath ? value?.line : value?.line ?? raw.line
            diagnostics.append(Diagnostic(problem.severity, message, file: raw.source, line: line))
        }
        func missing(_ field: String) {
            if raw.locatedByPath {
                let message = "$.\(field): missing required field '\(field)'; the response is not counted"
                diagnostics.append(.error(message, file: raw.source))
                return
            }
            let place = raw.row == nil ? "in the front matter" : "in this row"
            diagnostics.append(
                .error(
                    "missing required field '\(field)' \(place); the response is not counted", file: raw.source,
                    line: raw.line))
        }

        var type: StakeholderType?
        if let value = raw.fields["type"], !value.text.trimmingSpaces().isEmpty {
            switch vocabulary.stakeholderType(value.text) {
            case .success(let found): type = found
            case .failure(let problem):
                report(Vocabulary.Problem(problem.message + " The response is not counted."), value)
            }
        } else {
            missing("type")
        }
        let isPublic = type?.id == StakeholderType.publicID
        var respondent = raw.fields["respondent"]?.text.trimmingSpaces() ?? ""
        if respondent.isEmpty {
            if isPublic { respondent = "Member of the public" } else if type != nil { missing("respondent") }
        }
        // Check every other field even when the response cannot be counted, so one run reports everything.
        let counted = type != nil && !respondent.isEmpty
        var response = Response(
            source: raw.source, row: raw.row, respondent: respondent, type: type?.id ?? "", line: raw.line)
        response.answers.reserveCapacity(raw.sections.count)
        if let value = raw.fields["place"], !value.text.trimmingSpaces().isEmpty {
            switch vocabulary.place(value.text) {
            case .success(let place): response.place = place.id
            case .failure(let problem): report(problem, value)
            }
        }
        if let value = raw.fields["submitted"], !value.text.trimmingSpaces().isEmpty {
            switch vocabulary.date(value.text, field: value.column ?? "submitted") {
            case .success(let day):
                response.submitted = day
                // An export row is pointed at by its row.
                if raw.row == nil { response.submittedLine = value.line }
            case .failure(let problem): report(problem, value)
            }
        }
        if let value = raw.fields["contact"] {
            let contact = value.text.trimmingSpaces()
            response.contact = contact.isEmpty ? nil : contact
        }
        if let value = raw.fields["publish"], !value.text.trimmingSpaces().isEmpty {
            switch vocabulary.publication(value.text) {
            case .success(let publication): response.publish = publication
            case .failure(let problem):
                report(Vocabulary.Problem(problem.message + "; treated as 'no' until corrected"), value)
                response.publish = .no
            }
        }
        if let value = raw.fields["questionnaire"], !value.text.trimmingSpaces().isEmpty {
            response.questionnaire = value.text.trimmingSpaces()
        }
        for section in raw.sections {
            guard let question = vocabulary.questionnaire.question(id: section.question) else { continue }
            let (answer, problems) = build(section, question: question)
            for (problem, value) in problems { report(problem, value ?? RawResponse.Value("", line: section.line)) }
            if let answer { response.answers[question.id] = answer }
        }
        return (counted ? response : nil, diagnostics)
    }

    private func build(_ section: RawResponse.Section, question: Question)
        -> (Answer?, [(Vocabulary.Problem, RawResponse.Value?)])
    {
        var problems: [(Vocabulary.Problem, RawResponse.Value?)] = []
        var answer = Answer(question: question.id, line: section.line ?? 0)
        if let value = section.answer, !value.text.trimmingSpaces().isEmpty {
            if question.scale == nil {
                problems.append(
                    (
                        Vocabulary.Problem(
                            "\(question.id) is a free-text question and takes no 'answer'; the text '\(value.text.trimmingSpaces())' is kept with the comments",
                            severity: .warning), value
                    ))
                answer.text = value.text.trimmingSpaces()
            } else {
                switch vocabulary.answer(value.text, for: question) {
                case .success(let option): answer.choice = option.id
                case .failure(let problem):
                    problems.append((problem, value))
                    answer.unrecognised = value.text.trimmingSpaces()
                }
            }
        }
        for value in section.concerns {
            let (ids, listProblems) = vocabulary.themes(inList: value.text)
            for id in ids where !answer.concerns.contains(id) { answer.concerns.append(id) }
            problems += listProblems.map { ($0, value) }
        }
        if let value = section.conditional {
            switch Self.flag(value, "conditional") {
            case .success(let flag): answer.conditional = flag
            case .failure(let problem): problems.append((problem, value))
            }
        }
        if let value = section.inferred {
            switch Self.flag(value, "inferred") {
            case .success(let flag): answer.inferred = flag
            case .failure(let problem): problems.append((problem, value))
            }
        }
        if let value = section.confidence, !value.text.trimmingSpaces().isEmpty {
            if let confidence = Confidence(rawValue: value.text.matchKey) {
                answer.confidence = confidence
            } else {
                problems.append(
                    (Vocabulary.Problem("'\(value.text)' in 'confidence' is not high, medium or low"), value))
            }
        }
        answer.evidence = section.evidence
        if !section.text.isEmpty {
            answer.text = answer.text.isEmpty ? section.text : answer.text + "\n\n" + section.text
        }
        let isEmpty =
            answer.choice == nil && answer.unrecognised == nil && answer.text.isEmpty && answer.concerns.isEmpty
        return (isEmpty ? nil : answer, problems)
    }

    /// A yes/no field of a section.
    private static func flag(_ value: RawResponse.Value, _ name: String) -> Result<Bool, Vocabulary.Problem> {
        switch value.text.matchKey {
        case "yes", "y", "true": .success(true)
        case "no", "n", "false", "": .success(false)
        default: .failure(Vocabulary.Problem("'\(value.text)' in '\(name)' is not yes or no"))
        }
    }
}
