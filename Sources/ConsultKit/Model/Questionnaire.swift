/// A consultation's questions, answer scales, stakeholder types, places and concern themes.
///
/// The questionnaire is data: a new consultation is a new JSON file in `Questionnaires/`,
/// read by ``QuestionnaireReader``.
public struct Questionnaire: Sendable, Hashable, Codable {
    /// The newest file format version this build understands.
    public static let supportedVersion = 1

    /// The file format version; defaults to 1.
    public var version: Int
    /// A stable identifier, e.g. `nhse-integrating-care-2020`.
    public var id: String
    /// The consultation's title.
    public var title: String
    /// Who runs the consultation.
    public var publisher: String
    /// The body that writes the consolidated response (e.g. the partnership); used in document titles.
    public var respondingBody: String?
    /// The day the consultation was published, which opens the window for gathering views.
    public var published: Day?
    /// The last day partners were asked to send feedback to the responding body.
    public var feedbackDeadline: Day?
    /// The last day the consolidated response can be submitted to the publisher.
    public var submissionDeadline: Day?
    /// Where and how the response is submitted.
    public var submitTo: String?
    /// The answer scales, by id.
    public var scales: [String: [ScaleOption]]
    /// The questions, in the consultation's order.
    public var questions: [Question]
    /// The kinds of stakeholder that respond, with their weights.
    public var stakeholderTypes: [StakeholderType]
    /// The places (boroughs, districts) respondents belong to.
    public var places: [Place]
    /// The concerns a response may raise, with the phrases that detect them.
    public var themes: [Theme]

    /// Creates a questionnaire.
    public init(
        version: Int = 1, id: String, title: String, publisher: String, respondingBody: String? = nil,
        feedbackDeadline: Day? = nil, submissionDeadline: Day? = nil, submitTo: String? = nil,
        scales: [String: [ScaleOption]], questions: [Question], stakeholderTypes: [StakeholderType],
        places: [Place], themes: [Theme]
    ) {
        self.version = version
        self.id = id
        self.title = title
        self.publisher = publisher
        self.respondingBody = respondingBody
        self.feedbackDeadline = feedbackDeadline
        self.submissionDeadline = submissionDeadline
        self.submitTo = submitTo
        self.scales = scales
        self.questions = questions
        self.stakeholderTypes = stakeholderTypes
        self.places = places
        self.themes = themes
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        publisher = try c.decodeIfPresent(String.self, forKey: .publisher) ?? ""
        respondingBody = try c.decodeIfPresent(String.self, forKey: .respondingBody)
        published = try c.decodeIfPresent(Day.self, forKey: .published)
        feedbackDeadline = try c.decodeIfPresent(Day.self, forKey: .feedbackDeadline)
        submissionDeadline = try c.decodeIfPresent(Day.self, forKey: .submissionDeadline)
        submitTo = try c.decodeIfPresent(String.self, forKey: .submitTo)
        scales = try c.decodeIfPresent([String: [ScaleOption]].self, forKey: .scales) ?? [:]
        questions = try c.decode([Question].self, forKey: .questions)
        stakeholderTypes = try c.decodeIfPresent([StakeholderType].self, forKey: .stakeholderTypes) ?? []
        places = try c.decodeIfPresent([Place].self, forKey: .places) ?? []
        themes = try c.decodeIfPresent([Theme].self, forKey: .themes) ?? []
    }

    /// The question with this id.
    public func question(id: String) -> Question? { questions.first { $0.id == id } }

    /// The answer options of a question, or an empty list for a free-text question.
    public func options(for question: Question) -> [ScaleOption] {
        question.scale.flatMap { scales[$0] } ?? []
    }

    /// The stakeholder type with this id.
    public func stakeholderType(id: String) -> StakeholderType? { stakeholderTypes.first { $0.id == id } }

    /// The place with this id.
    public func place(id: String) -> Place? { places.first { $0.id == id } }

    /// The theme with this id.
    public func theme(id: String) -> Theme? { themes.first { $0.id == id } }

    /// The questions that have an answer scale, in order.
    public var scaledQuestions: [Question] { questions.filter { $0.scale != nil } }
}

/// One answer on a scale, e.g. "Strongly agree" or "Option 2".
public struct ScaleOption: Sendable, Hashable, Codable, Matchable {
    /// The stable id written in response files, e.g. `strongly-agree`.
    public var id: String
    /// The label shown to people.
    public var label: String
    /// The side the answer counts towards when positions are computed; `none` is excluded from shares.
    public var side: String
    /// Other ways people write this answer ("tend to agree", "option one").
    public var synonyms: [String]
    /// What an option does, in words too common to name it alone ("keep* … veto", "new organisation"): a
    /// clause about a model ("the model that retains the CCG and its governing body") names the option when
    /// all the features and names in it are this option's. "…" stands for up to four words, a `*` at the end
    /// of a word matches any ending, and a word matches only as written (no plurals unless `*`).
    public var features: [String]

    /// The side name that is counted but left out of shares.
    public static let noSide = "none"

    /// The label up to its first colon: "Option 1" for "Option 1: a statutory ICS Board…".
    public var shortLabel: String {
        guard let colon = label.firstIndex(of: ":") else { return label }
        return String(label[..<colon]).trimmingSpaces()
    }

    /// Creates a scale option.
    public init(id: String, label: String, side: String, synonyms: [String] = [], features: [String] = []) {
        self.id = id
        self.label = label
        self.side = side
        self.synonyms = synonyms
        self.features = features
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decodeIfPresent(String.self, forKey: .label) ?? id
        side = try c.decodeIfPresent(String.self, forKey: .side) ?? id
        synonyms = try c.decodeIfPresent([String].self, forKey: .synonyms) ?? []
        features = try c.decodeIfPresent([String].self, forKey: .features) ?? []
    }
}

/// A consultation question.
public struct Question: Sendable, Hashable, Codable {
    /// The stable id used as the section heading in response files, e.g. `q1`.
    public var id: String
    /// A short label, e.g. "Q1".
    public var label: String
    /// The question as the consultation asks it.
    public var text: String
    /// The id of the answer scale, or `nil` for a free-text question.
    public var scale: String?
    /// The most characters the online form accepts for the answer text.
    public var limit: Int?
    /// Words and phrases that signal a passage of a letter is about this question.
    public var cues: [String]
    /// A few words naming what the question is about, for headings ("a statutory footing for ICSs").
    public var topic: String?

    /// Creates a question.
    public init(
        id: String, label: String, text: String, scale: String?, limit: Int? = nil, cues: [String] = [],
        topic: String? = nil
    ) {
        self.topic = topic
        self.id = id
        self.label = label
        self.text = text
        self.scale = scale
        self.limit = limit
        self.cues = cues
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decodeIfPresent(String.self, forKey: .label) ?? id
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
        scale = try c.decodeIfPresent(String.self, forKey: .scale)
        limit = try c.decodeIfPresent(Int.self, forKey: .limit)
        cues = try c.decodeIfPresent([String].self, forKey: .cues) ?? []
        topic = try c.decodeIfPresent(String.self, forKey: .topic)
    }

    /// The heading for this question's section: "Q1. A statutory footing for ICSs", or the label alone.
    public var heading: String {
        guard let topic, !topic.isEmpty, topic.matchKey != label.matchKey else { return label }
        let numbered =
            label.first.map { $0.isLetter } == true && label.dropFirst().allSatisfy(\.isNumber) && label.count > 1
        return numbered ? "\(label). \(topic)" : "\(label): \(topic)"
    }
}

/// A kind of stakeholder, e.g. a local authority, with the weight its answers carry.
public struct StakeholderType: Sendable, Hashable, Codable, Matchable {
    /// The stable id, e.g. `local-authority`.
    public var id: String
    /// The label shown to people.
    public var label: String
    /// How much one respondent of this type counts in weighted shares.
    public var weight: Double
    /// Other names for this type ("council", "borough").
    public var synonyms: [String]

    /// The type id whose respondents are never merged and never named.
    public static let publicID = "public"

    /// Creates a stakeholder type.
    public init(id: String, label: String, weight: Double = 1, synonyms: [String] = []) {
        self.id = id
        self.label = label
        self.weight = weight
        self.synonyms = synonyms
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decodeIfPresent(String.self, forKey: .label) ?? id
        weight = try c.decodeIfPresent(Double.self, forKey: .weight) ?? 1
        synonyms = try c.decodeIfPresent([String].self, forKey: .synonyms) ?? []
    }
}

/// A place within the system: a borough or locality.
public struct Place: Sendable, Hashable, Codable, Matchable {
    /// The stable id, e.g. `city-and-hackney`.
    public var id: String
    /// The name shown to people.
    public var label: String
    /// Other names for the place.
    public var synonyms: [String]

    /// Creates a place.
    public init(id: String, label: String, synonyms: [String] = []) {
        self.id = id
        self.label = label
        self.synonyms = synonyms
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decodeIfPresent(String.self, forKey: .label) ?? id
        synonyms = try c.decodeIfPresent([String].self, forKey: .synonyms) ?? []
    }
}

/// A concern a response may raise, e.g. local accountability, with the phrases that detect it.
public struct Theme: Sendable, Hashable, Codable, Matchable {
    /// The stable id, e.g. `local-accountability`.
    public var id: String
    /// The label shown to people.
    public var label: String
    /// A sentence saying what the concern is.
    public var description: String
    /// Phrases that signal the theme in free text; a trailing `*` matches any ending of the last word.
    public var phrases: [String]

    /// Themes have no synonyms beyond their label.
    public var synonyms: [String] { [] }

    /// Creates a theme.
    public init(id: String, label: String, description: String = "", phrases: [String] = []) {
        self.id = id
        self.label = label
        self.description = description
        self.phrases = phrases
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decodeIfPresent(String.self, forKey: .label) ?? id
        description = try c.decodeIfPresent(String.self, forKey: .description) ?? ""
        phrases = try c.decodeIfPresent([String].self, forKey: .phrases) ?? []
    }

    private enum CodingKeys: String, CodingKey { case id, label, description, phrases }
}

/// Something a person may name by its id, its label or a synonym.
public protocol Matchable {
    var id: String { get }
    var label: String { get }
    var synonyms: [String] { get }
}

extension Array where Element: Matchable {
    /// The element whose id, label or a synonym matches `text`, ignoring case and extra spaces.
    public func matching(_ text: String) -> Element? {
        let key = text.matchKey
        guard !key.isEmpty else { return nil }
        return first { $0.id.matchKey == key } ?? first { $0.label.matchKey == key }
            ?? first { $0.synonyms.contains { $0.matchKey == key } }
    }
}
