import Foundation

/// One stakeholder's response: who they are and their answer to each question.
///
/// Responses come from Markdown files, JSON files, survey export rows and coded letters;
/// all of them become this one value.
public struct Response: Sendable, Hashable, Codable {
    /// Where the response came from: a file name, or `file:row` for a survey export row.
    public var source: String
    /// The row of a survey export, or `nil` for a response file.
    public var row: Int?
    /// The organisation (or person) that responded.
    public var respondent: String
    /// The stakeholder type id, e.g. `local-authority`.
    public var type: String
    /// The place id, when the respondent belongs to one place.
    public var place: String?
    /// The day the response was submitted.
    public var submitted: Day?
    /// How to reach the respondent; never written into composed documents.
    public var contact: String?
    /// Whether the respondent may be named and quoted.
    public var publish: Publication
    /// The questionnaire this answers, when the file names one.
    public var questionnaire: String?
    /// The answers, by question id.
    public var answers: [String: Answer]
    /// The 1-based line of the first line of the response (the front matter), for messages.
    public var line: Int
    /// The line of the `submitted:` field in a response file, so that a late response is pointed at where
    /// its date is written; `nil` when not known.
    public var submittedLine: Int?

    /// Creates a response.
    public init(
        source: String, row: Int? = nil, respondent: String, type: String, place: String? = nil,
        submitted: Day? = nil, contact: String? = nil, publish: Publication = .yes, questionnaire: String? = nil,
        answers: [String: Answer] = [:], line: Int = 1
    ) {
        self.source = source
        self.row = row
        self.respondent = respondent
        self.type = type
        self.place = place
        self.submitted = submitted
        self.contact = contact
        self.publish = publish
        self.questionnaire = questionnaire
        self.answers = answers
        self.line = line
    }

    /// Whether this respondent is a member of the public (never merged, never named).
    public var isPublic: Bool { type == StakeholderType.publicID }

    /// The key under which responses from the same organisation are one voice, or `nil` for the public.
    public var organisationKey: String? {
        guard !isPublic else { return nil }
        return respondent.organisationNameKey + "|" + type
    }

    /// Where to point a person at this response in messages: `file` or `file:row`.
    public var location: String {
        if let row { return "\(source):\(row)" }
        return source
    }
}

/// Whether a respondent agreed to be named and quoted.
public enum Publication: String, Sendable, Hashable, Codable, CaseIterable {
    /// Named and quoted.
    case yes
    /// Counted in every tally, but never named or quoted.
    case no
    /// Quoted, but described only by type ("a local authority respondent").
    case anonymous

    /// Reads `yes`, `no` or `anonymous`, with common spellings ("Y", "true", "anon").
    public init?(parsing raw: String) {
        switch raw.matchKey {
        case "yes", "y", "true", "publish", "yes, publish": self = .yes
        case "no", "n", "false", "do not publish", "confidential", "private": self = .no
        case "anonymous", "anon", "anonymously", "yes, anonymously", "publish anonymously", "anonymise":
            self = .anonymous
        default: return nil
        }
    }
}

/// A respondent's answer to one question.
public struct Answer: Sendable, Hashable, Codable {
    /// The question id.
    public var question: String
    /// The chosen scale option id, when the respondent picked one we recognised.
    public var choice: String?
    /// What the respondent wrote when it matched no scale option; counted as `unrecognised`.
    public var unrecognised: String?
    /// Theme ids the respondent listed themselves.
    public var concerns: [String]
    /// The free text, paragraphs separated by blank lines.
    public var text: String
    /// Whether the respondent attached conditions to the answer ("agree, provided that…").
    public var conditional: Bool
    /// Whether the answer was inferred from a letter and not yet confirmed by an officer.
    public var inferred: Bool
    /// How sure the inference was, for inferred answers.
    public var confidence: Confidence?
    /// The sentences the inference rests on, verbatim.
    public var evidence: [String]
    /// The 1-based line of the section heading, for messages.
    public var line: Int

    /// Creates an answer.
    public init(
        question: String, choice: String? = nil, unrecognised: String? = nil, concerns: [String] = [],
        text: String = "", conditional: Bool = false, inferred: Bool = false, confidence: Confidence? = nil,
        evidence: [String] = [], line: Int = 0
    ) {
        self.question = question
        self.choice = choice
        self.unrecognised = unrecognised
        self.concerns = concerns
        self.text = text
        self.conditional = conditional
        self.inferred = inferred
        self.confidence = confidence
        self.evidence = evidence
        self.line = line
    }
}

/// How sure an inferred answer is.
public enum Confidence: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case low, medium, high

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        }
    }
}
