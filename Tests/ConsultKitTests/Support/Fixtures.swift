import Foundation

@testable import ConsultKit

/// A small questionnaire built in code, so each test can see every id it relies on.
///
/// Agreement questions `q1` and `q2`, an option question labelled "Preferred option", a free-text
/// `comments` question; council, trust and public (weight 0.5) respondents; two places; four themes.
enum Fixture {
    static let agreement = [
        ScaleOption(id: "strongly-agree", label: "Strongly agree", side: "agree", synonyms: ["fully agree"]),
        ScaleOption(id: "agree", label: "Agree", side: "agree", synonyms: ["tend to agree", "support"]),
        ScaleOption(id: "neutral", label: "Neither agree nor disagree", side: "neutral"),
        ScaleOption(id: "disagree", label: "Disagree", side: "disagree", synonyms: ["oppose"]),
        ScaleOption(id: "dont-know", label: "Don't know", side: "none", synonyms: ["not sure"]),
    ]

    static let options = [
        ScaleOption(id: "option-1", label: "Option 1: a joint committee", side: "option-1", synonyms: ["option one"]),
        ScaleOption(id: "option-2", label: "Option 2: a statutory body", side: "option-2", synonyms: ["option two"]),
        ScaleOption(id: "no-preference", label: "No preference", side: "none"),
    ]

    static let themes = [
        Theme(id: "accountability", label: "Local accountability", phrases: ["accountab*", "answerable to local*"]),
        Theme(id: "veto", label: "Loss of the veto", phrases: ["veto"]),
        Theme(id: "top-down", label: "Top-down reorganisation", phrases: ["top-down", "restructur*"]),
        Theme(id: "social-care", label: "Social care", phrases: ["care", "social care", "care homes"]),
    ]

    static func questionnaire(
        types: [StakeholderType] = [
            StakeholderType(id: "council", label: "Local authority", synonyms: ["borough"]),
            StakeholderType(id: "trust", label: "NHS trust", synonyms: ["hospital"]),
            StakeholderType(id: "public", label: "Member of the public", weight: 0.5, synonyms: ["resident"]),
        ],
        themes: [Theme] = Fixture.themes,
        feedbackDeadline: Day? = Day(year: 2021, month: 1, day: 4)
    ) -> Questionnaire {
        Questionnaire(
            id: "test-consultation", title: "A test consultation", publisher: "The publisher",
            feedbackDeadline: feedbackDeadline,
            scales: ["agreement": agreement, "options": options],
            questions: [
                Question(
                    id: "q1", label: "Q1", text: "Do you agree that the new body provides the right foundation?",
                    scale: "agreement"),
                Question(id: "q2", label: "Q2", text: "Do you agree with the timetable?", scale: "agreement"),
                Question(
                    id: "option", label: "Preferred option", text: "Which of the two models do you prefer?",
                    scale: "options"),
                Question(id: "comments", label: "Other comments", text: "Anything else?", scale: nil),
            ],
            stakeholderTypes: types,
            places: [
                Place(id: "north", label: "North Town", synonyms: ["northside"]),
                Place(id: "south", label: "South Town"),
            ],
            themes: themes)
    }

    /// The fixture questionnaire as the JSON a `Questionnaires/` folder holds.
    static func questionnaireJSON(_ questionnaire: Questionnaire = Fixture.questionnaire()) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(questionnaire) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// A Markdown response with the given front matter lines and body.
    static func markdown(_ frontMatter: [String], _ body: String = "") -> String {
        "---\n" + frontMatter.map { $0 + "\n" }.joined() + "---\n" + body
    }

    /// Reads one response file through the same path `Workspace` uses.
    static func read(
        _ text: String, kind: ResponseLoader.Kind = .markdown, source: String = "r.md",
        questionnaire: Questionnaire = Fixture.questionnaire()
    ) -> Intake {
        read(Data(text.utf8), kind: kind, source: source, questionnaire: questionnaire)
    }

    /// Reads one response file's bytes through the same path `Workspace` uses.
    static func read(
        _ data: Data, kind: ResponseLoader.Kind = .markdown, source: String = "r.md",
        questionnaire: Questionnaire = Fixture.questionnaire()
    ) -> Intake {
        var intake = Intake()
        intake.questionnaire = questionnaire
        ResponseLoader(questionnaire: questionnaire, requireQuestionnaireField: false)
            .load(data, kind: kind, source: source, into: &intake)
        return intake
    }

    /// A response with answers given as `question id: answer id`.
    static func response(
        _ respondent: String, type: String = "council", place: String? = nil, submitted: String? = nil,
        source: String? = nil, publish: Publication = .yes, answers: [String: String] = [:],
        texts: [String: String] = [:], concerns: [String: [String]] = [:]
    ) -> Response {
        var response = Response(
            source: source ?? ResponseWriter.slug(respondent) + ".md", respondent: respondent, type: type,
            place: place, submitted: submitted.flatMap { Day(parsing: $0) }, publish: publish)
        for id in Set(answers.keys).union(texts.keys).union(concerns.keys) {
            response.answers[id] = Answer(
                question: id, choice: answers[id], concerns: concerns[id] ?? [], text: texts[id] ?? "")
        }
        return response
    }

    /// The analysis of `responses` as if they had been read from files without problems.
    static func analysis(
        _ responses: [Response], questionnaire: Questionnaire = Fixture.questionnaire(),
        selection: Summary.Selection = .init()
    ) -> Analysis {
        var intake = Intake()
        intake.questionnaire = questionnaire
        intake.responses = responses
        return Analysis(questionnaire: questionnaire, intake: intake, selection: selection)
    }
}
