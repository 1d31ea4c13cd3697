import Foundation
import Testing

@testable import ConsultKit

/// A consultation that shares nothing with the shipped one (ids, scales, types, places, themes, weights)
/// runs through every command unchanged.
@Suite struct AnotherQuestionnaireTests {
    static let questionnaire = """
        {
          "version": 1,
          "id": "riverside-town-plan-2024",
          "title": "Riverside town plan",
          "publisher": "Riverside Town Council",
          "feedbackDeadline": "2024-03-31",
          "scales": {
            "support": [
              {"id": "support", "label": "Support", "synonyms": ["in favour", "for"]},
              {"id": "oppose", "label": "Oppose", "synonyms": ["against"]},
              {"id": "unsure", "label": "Unsure", "side": "none", "synonyms": ["don't know"]}
            ],
            "yes-no": [
              {"id": "yes", "label": "Yes", "synonyms": ["y"]},
              {"id": "no", "label": "No", "synonyms": ["n"]}
            ]
          },
          "questions": [
            {"id": "housing", "label": "H1", "text": "Do you support building 400 new homes on the old gasworks site?",
             "scale": "support"},
            {"id": "bridge", "label": "B1", "text": "Should the footbridge be rebuilt before 2026?", "scale": "yes-no"},
            {"id": "anything-else", "label": "Anything else", "text": "Is there anything else you want to tell us?"}
          ],
          "stakeholderTypes": [
            {"id": "resident", "label": "Resident", "synonyms": ["local resident"]},
            {"id": "business", "label": "Local business", "weight": 2, "synonyms": ["shop", "company"]},
            {"id": "school", "label": "School", "weight": 3}
          ],
          "places": [
            {"id": "east-bank", "label": "East Bank"},
            {"id": "west-bank", "label": "West Bank", "synonyms": ["westside"]}
          ],
          "themes": [
            {"id": "flooding", "label": "Flood risk", "phrases": ["flood*", "river level*"]},
            {"id": "parking", "label": "Parking", "phrases": ["parking", "car park*"]}
          ]
        }
        """

    /// housing: support 2 + 3 (business, school), oppose 1 (resident), unsure 1 → support 5/6.
    /// bridge: yes 2 + 3, no 1, one unanswered → yes 5/6. The bakery's draft is superseded.
    static let responses: [String: String] = [
        "bakery.md": """
        ---
        respondent: Riverside Bakery
        type: shop
        place: East Bank
        submitted: 01/03/2024
        ---

        ## H1
        answer: in favour

        The bakery floods every winter when the river level rises. New homes must not make it worse.

        ## Should the footbridge be rebuilt before 2026?
        answer: Y
        """,
        "bakery-draft.md": """
        ---
        respondent: The Riverside Bakery
        type: business
        submitted: 2024-02-01
        ---
        ## housing
        answer: oppose
        """,
        "school.json": """
        {"respondent": "St Anne's Primary School", "type": "School", "place": "westside",
         "submitted": "2024-03-15", "answers": {"housing": "support", "B1": true,
         "anything-else": {"concerns": ["Parking"], "text": "Drop-off is already hard."}}}
        """,
        "jo.md": """
        ---
        respondent: Jo Bloggs
        type: local resident
        place: east-bank
        submitted: 2024-04-02
        ---
        ## housing
        answer: unsure
        ## bridge
        answer: no
        ## anything-else
        Parking on Mill Street is impossible.
        """,
        "sam.md": """
        ---
        respondent: Sam Patel
        type: resident
        ---
        ## housing
        answer: against
        """,
    ]

    private func workspace(_ folder: TemporaryFolder, extra: [String: String] = [:]) throws -> [String] {
        try folder.workspace(questionnaire: Self.questionnaire, responses: Self.responses.merging(extra) { $1 })
    }

    @Test func validatesWithOnlyTheLateAndSupersededWarnings() throws {
        let folder = try TemporaryFolder()
        let run = CLIRun(["validate"] + (try workspace(folder)))
        #expect(run.code == 0)
        #expect(run.out == "Read five responses with no errors and two warnings.\n")
        let responses = folder.path("Responses")
        #expect(
            run.errLines == [
                "\(responses)/bakery-draft.md:1: warning: superseded: 'The Riverside Bakery' submitted again in \(responses)/bakery.md (submitted 1 March 2024); only the later response counts",
                "\(responses)/jo.md:5: warning: late: submitted 2 April 2024, after the feedback deadline of 31 March 2024; it is counted and marked late",
            ])
    }

    @Test func summarisesWithItsOwnScalesWeightsAndThemes() throws {
        let folder = try TemporaryFolder()
        let run = CLIRun(["summary", "--format", "json"] + (try workspace(folder)))
        #expect(run.code == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        #expect(object["questionnaire"] as? String == "riverside-town-plan-2024")
        #expect(object["respondents"] as? Int == 4)
        #expect(object["superseded"] as? Int == 1)
        #expect(object["late"] as? Int == 1)
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.map { $0["id"] as? String } == ["housing", "bridge"])
        #expect(questions[0]["counts"] as? [String: Int] == ["support": 2, "oppose": 1, "unsure": 1])
        #expect(questions[0]["unanswered"] as? Int == 0)
        #expect(questions[0]["shares"] as? [String: Double] == ["support": 0.83, "oppose": 0.17])
        #expect(questions[0]["position"] as? String == "support")
        #expect(questions[0]["strength"] as? String == "consensus")
        #expect(questions[1]["counts"] as? [String: Int] == ["yes": 2, "no": 1])
        #expect(questions[1]["unanswered"] as? Int == 1)
        #expect(questions[1]["shares"] as? [String: Double] == ["yes": 0.83, "no": 0.17])
        #expect(questions[1]["position"] as? String == "yes")
        let themes = try #require(object["themes"] as? [[String: Any]])
        #expect(themes.map { $0["id"] as? String } == ["parking", "flooding"])
        #expect(themes.map { $0["respondents"] as? Int } == [2, 1])
    }

    @Test func filtersByItsOwnTypesAndPlaces() throws {
        let folder = try TemporaryFolder()
        let options = try workspace(folder)
        let business = CLIRun(["summary", "--format", "json", "--type", "company"] + options)
        #expect(business.out.contains("\"respondents\" : 1,"))
        let west = CLIRun(["summary", "--format", "json", "--place", "West Bank"] + options)
        #expect(west.out.contains("\"respondents\" : 1,"))
        let text = CLIRun(["summary", "--place", "east-bank"] + options)
        #expect(text.code == 0)
        #expect(text.out.contains("Place: East Bank\n"))
        // East Bank: the bakery (business, weight 2: support, yes) and Jo (resident: unsure, no).
        #expect(text.out.contains("H1  Do you support building 400 new homes on the old gasworks site?\n"))
        #expect(text.out.contains("  Position: Support (consensus) (Support 100%, Oppose 0% of weighted answers)\n"))
        #expect(text.out.contains("  Position: Yes (majority) (Yes 67%, No 33% of weighted answers)\n"))
    }

    @Test func reportsProblemsInItsOwnTerms() throws {
        let folder = try TemporaryFolder()
        let options = try workspace(
            folder,
            extra: [
                "bad.md": "---\nrespondent: Ferry Co\ntype: ferry operator\n---\n",
                "odd.md": "---\nrespondent: Odd Shop\ntype: shop\n---\n## bridge\nanswer: maybe\nconcerns: floding\n",
            ])
        let run = CLIRun(["validate"] + options)
        #expect(run.code == 1)
        let responses = folder.path("Responses")
        #expect(
            Array(run.errLines.prefix(4)) == [
                "\(responses)/bad.md:3: error: unknown stakeholder type 'ferry operator'; expected one of 'resident', 'business' or 'school'. The response is not counted.",
                "\(responses)/bakery-draft.md:1: warning: superseded: 'The Riverside Bakery' submitted again in \(responses)/bakery.md (submitted 1 March 2024); only the later response counts",
                "\(responses)/jo.md:5: warning: late: submitted 2 April 2024, after the feedback deadline of 31 March 2024; it is counted and marked late",
                "\(responses)/odd.md:6: error: unknown answer 'maybe' for bridge; expected one of 'yes' or 'no'.",
            ])
        #expect(
            run.errLines.last
                == "\(responses)/odd.md:7: error: unknown concern 'floding'; concerns are theme ids such as 'flooding' or 'parking'. Did you mean 'flooding'?"
        )
    }

    @Test func initWritesAFileForItsQuestions() throws {
        let folder = try TemporaryFolder()
        let options = try workspace(folder)
        let run = CLIRun(["init", "--respondent", "Riverside Rowing Club", "--type", "Local business"] + options)
        #expect(run.code == 0)
        let text = try folder.read("Responses/riverside-rowing-club.md")
        #expect(text.contains("type: business\n"))
        #expect(
            text.contains(
                "## housing\n<!-- H1. Do you support building 400 new homes on the old gasworks site?\n     Answers: support, oppose, unsure -->\nanswer: \n"
            ))
        #expect(text.contains("## bridge\n"))
        #expect(text.contains("## anything-else\n"))
        let validate = CLIRun(["validate"] + options)
        #expect(validate.code == 0)
        #expect(validate.out == "Read six responses with no errors and two warnings.\n")
    }
}
