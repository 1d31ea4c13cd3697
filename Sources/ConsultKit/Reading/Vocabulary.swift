/// Resolves what respondents write (answers, types, places, themes, dates) against a questionnaire,
/// with messages that say what was expected.
///
/// Markdown files, JSON files and survey rows all go through this one type, so they follow the same rules.
struct Vocabulary: Sendable {
    let questionnaire: Questionnaire
    private let types: MatchTable<StakeholderType>
    private let places: MatchTable<Place>
    private let themes: MatchTable<Theme>
    private let scales: [String: MatchTable<ScaleOption>]

    init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        types = MatchTable(questionnaire.stakeholderTypes)
        places = MatchTable(questionnaire.places)
        themes = MatchTable(questionnaire.themes)
        scales = questionnaire.scales.mapValues { MatchTable($0) }
    }

    /// The scale option `raw` names for `question`, or a message saying what was expected.
    func answer(_ raw: String, for question: Question) -> Result<ScaleOption, Problem> {
        if let option = question.scale.flatMap({ scales[$0] })?.matching(raw) { return .success(option) }
        let options = questionnaire.options(for: question)
        let ids = options.map(\.id)
        return .failure(
            Problem(
                "unknown answer '\(raw.trimmingSpaces())' for \(question.id); expected one of \(Self.list(ids))."
                    + Suggestion.hint(for: raw, among: ids + options.map(\.label) + options.flatMap(\.synonyms))))
    }

    /// The stakeholder type `raw` names.
    func stakeholderType(_ raw: String) -> Result<StakeholderType, Problem> {
        if let type = types.matching(raw) { return .success(type) }
        let types = questionnaire.stakeholderTypes
        return .failure(
            Problem(
                "unknown stakeholder type '\(raw.trimmingSpaces())'; expected one of \(Self.list(types.map(\.id)))."
                    + Suggestion.hint(for: raw, among: types.map(\.id) + types.map(\.label))))
    }

    /// The place `raw` names.
    func place(_ raw: String) -> Result<Place, Problem> {
        if let place = places.matching(raw) { return .success(place) }
        let places = questionnaire.places
        return .failure(
            Problem(
                "unknown place '\(raw.trimmingSpaces())'; expected one of \(Self.list(places.map(\.label)))."
                    + Suggestion.hint(for: raw, among: places.map(\.label) + places.map(\.id))))
    }

    /// The theme `raw` names by id or label.
    func theme(_ raw: String) -> Result<Theme, Problem> {
        if let theme = themes.matching(raw) { return .success(theme) }
        let themes = questionnaire.themes
        return .failure(
            Problem(
                "unknown concern '\(raw.trimmingSpaces())'; concerns are theme ids such as "
                    + "\(Self.list(Array(themes.map(\.id).prefix(4))))."
                    + Suggestion.hint(for: raw, among: themes.map(\.id) + themes.map(\.label))))
    }

    /// The themes of a `concerns:` list separated by commas or semicolons.
    func themes(inList raw: String) -> (ids: [String], problems: [Problem]) {
        var ids: [String] = []
        var problems: [Problem] = []
        for item in raw.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let text = String(item).trimmingSpaces()
            guard !text.isEmpty else { continue }
            switch theme(text) {
            case .success(let theme): if !ids.contains(theme.id) { ids.append(theme.id) }
            case .failure(let problem): problems.append(problem)
            }
        }
        return (ids, problems)
    }

    /// A date in `YYYY-MM-DD` or `DD/MM/YYYY` form.
    func date(_ raw: String, field: String) -> Result<Day, Problem> {
        if let day = Day(parsing: raw) { return .success(day) }
        return .failure(
            Problem("'\(raw.trimmingSpaces())' in '\(field)' is not a date; expected YYYY-MM-DD or DD/MM/YYYY"))
    }

    /// A `publish` value.
    func publication(_ raw: String) -> Result<Publication, Problem> {
        if let value = Publication(parsing: raw) { return .success(value) }
        return .failure(Problem("'\(raw.trimmingSpaces())' in 'publish' is not yes, no or anonymous"))
    }

    /// The question a section heading or column names: by id, label, "Q1. text…" or the question's own text.
    func question(named raw: String) -> Question? {
        let heading = raw.trimmingSpaces()
        let questions = questionnaire.questions
        let key = heading.matchKey
        if let q = questions.first(where: { $0.id.matchKey == key || $0.label.matchKey == key }) { return q }
        let firstToken = String(heading.prefix { !" .:)".contains($0) })
        if !firstToken.isEmpty,
            let q = questions.first(where: {
                $0.id.matchKey == firstToken.matchKey || $0.label.matchKey == firstToken.matchKey
            })
        {
            return q
        }
        let words = Self.words(key)
        guard words.count >= 4 else { return nil }
        return questions.first { question in
            let questionWords = Self.words(question.text.matchKey)
            guard questionWords.count >= 4 else { return false }
            let probe = Array(questionWords.prefix(8))
            return words.joined(separator: " ").contains(probe.joined(separator: " "))
        }
    }

    /// The ids of every question, for messages.
    var questionIDs: String { Self.list(questionnaire.questions.map(\.id)) }

    /// A list for messages: `'a', 'b' or 'c'`.
    static func list(_ items: [String]) -> String {
        let quoted = items.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "(none)" }
        return quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
    }

    private static func words(_ text: String) -> [String] {
        text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// A problem's message, before it is given a file and line.
    struct Problem: Error, Equatable {
        var message: String
        var severity: Diagnostic.Severity = .error
        init(_ message: String, severity: Diagnostic.Severity = .error) {
            self.message = message
            self.severity = severity
        }
    }
}
