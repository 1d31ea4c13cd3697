import Foundation
import Testing

@testable import ConsultKit

@Suite struct MarkdownResponseReaderTests {
    /// A file from its lines, so a test can count line numbers by eye.
    private func file(_ lines: String...) -> String {
        lines.joined(separator: "\n") + "\n"
    }

    /// The one response read from `text`, failing the test when there is none.
    private func response(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Response {
        let intake = Fixture.read(text)
        try #require(intake.responses.count == 1, sourceLocation: sourceLocation)
        return intake.responses[0]
    }

    private func messages(_ text: String) -> [String] {
        Fixture.read(text).diagnostics.map(\.formatted)
    }

    @Test func readsTheFrontMatterAndEverySection() throws {
        let text = file(
            "---",
            "respondent: North Town Council",
            "type: council",
            "place: North Town",
            "submitted: 2021-01-04",
            "contact: clerk@example.org",
            "publish: anonymous",
            "questionnaire: test-consultation",
            "---",
            "",
            "## q1",
            "answer: agree",
            "concerns: veto, accountability",
            "conditional: yes",
            "",
            "We agree, provided the veto stays.",
            "It matters to us.",
            "",
            "",
            "Second paragraph.",
            "",
            "## option",
            "answer: option-2",
            "",
            "## comments",
            "Nothing more.")
        let intake = Fixture.read(text)
        #expect(intake.diagnostics.isEmpty)
        let response = try #require(intake.responses.first)
        #expect(response.source == "r.md")
        #expect(response.respondent == "North Town Council")
        #expect(response.type == "council")
        #expect(response.place == "north")
        #expect(response.submitted == Day(year: 2021, month: 1, day: 4))
        #expect(response.contact == "clerk@example.org")
        #expect(response.publish == .anonymous)
        #expect(response.questionnaire == "test-consultation")
        #expect(response.line == 1)
        #expect(Set(response.answers.keys) == ["q1", "option", "comments"])
        let q1 = try #require(response.answers["q1"])
        #expect(q1.choice == "agree")
        #expect(q1.concerns == ["veto", "accountability"])
        #expect(q1.conditional)
        #expect(q1.line == 11)
        #expect(q1.text == "We agree, provided the veto stays.\nIt matters to us.\n\nSecond paragraph.")
        #expect(response.answers["option"]?.choice == "option-2")
        #expect(response.answers["option"]?.text == "")
        #expect(response.answers["comments"]?.choice == nil)
        #expect(response.answers["comments"]?.text == "Nothing more.")
    }

    @Test(arguments: [
        ("q1", "q1"), ("Q1", "q1"), ("Q1. Do you agree that the new body provides the right foundation?", "q1"),
        ("Q2: Do you agree with the timetable?", "q2"), ("Preferred option", "option"), ("PREFERRED  OPTION", "option"),
        ("option", "option"), ("Other comments", "comments"),
        ("Do you agree that the new body provides the right foundation?", "q1"),
        ("Do you agree with the timetable?", "q2"),
    ])
    func acceptsEveryHeadingForm(heading: String, question: String) throws {
        let text = Fixture.markdown(["respondent: X", "type: council"], "## \(heading)\nconcerns: veto\n")
        let intake = Fixture.read(text)
        #expect(intake.diagnostics.isEmpty)
        #expect(intake.responses.first.map { Array($0.answers.keys) } == [question])
    }

    @Test(arguments: [
        ("agree", "agree"), ("Agree", "agree"), ("  AGREE  ", "agree"), ("strongly-agree", "strongly-agree"),
        ("Strongly agree", "strongly-agree"), ("strongly   agree", "strongly-agree"),
        ("STRONGLY_AGREE", "strongly-agree"),
        ("fully agree", "strongly-agree"), ("Tend to Agree", "agree"), ("Don't know", "dont-know"),
        ("dont know", "dont-know"), ("\"not sure\"", "dont-know"), ("Neither agree nor disagree", "neutral"),
    ])
    func matchesAnswersByIDLabelOrSynonym(written: String, id: String) throws {
        let text = Fixture.markdown(["respondent: X", "type: council"], "## q1\nanswer: \(written)\n")
        let intake = Fixture.read(text)
        #expect(intake.diagnostics.isEmpty)
        #expect(intake.responses.first?.answers["q1"]?.choice == id)
    }

    @Test(arguments: [
        ("option-2", "option-2"), ("Option two", "option-2"), ("Option 1: a joint committee", "option-1"),
        ("no preference", "no-preference"),
    ])
    func matchesOptionAnswers(written: String, id: String) throws {
        let text = Fixture.markdown(["respondent: X", "type: council"], "## Preferred option\nanswer: \(written)\n")
        #expect(try response(text).answers["option"]?.choice == id)
    }

    @Test(arguments: [
        ("council", "council"), ("Local authority", "council"), ("BOROUGH", "council"), ("  nhs   trust ", "trust"),
        ("hospital", "trust"), ("Resident", "public"), ("member_of_the_public", "public"),
    ])
    func matchesStakeholderTypesByIDLabelOrSynonym(written: String, id: String) throws {
        let text = Fixture.markdown(["respondent: X", "type: \(written)"])
        #expect(try response(text).type == id)
    }

    @Test(arguments: [("north", "north"), ("North Town", "north"), ("northside", "north"), ("SOUTH   town", "south")])
    func matchesPlacesByIDLabelOrSynonym(written: String, id: String) throws {
        let text = Fixture.markdown(["respondent: X", "type: council", "place: \(written)"])
        #expect(try response(text).place == id)
    }

    @Test(arguments: [
        ("2021-01-04", "2021-01-04"), ("04/01/2021", "2021-01-04"), ("4/1/2021", "2021-01-04"),
        ("31/12/2020", "2020-12-31"),
    ])
    func readsISOAndUKDates(written: String, iso: String) throws {
        let text = Fixture.markdown(["respondent: X", "type: council", "submitted: \(written)"])
        #expect(try response(text).submitted?.description == iso)
    }

    @Test(arguments: [
        ("yes", Publication.yes), ("Yes", .yes), ("no", .no), ("NO", .no), ("anonymous", .anonymous),
        ("anon", .anonymous), ("Yes, anonymously", .anonymous),
    ])
    func readsPublish(written: String, publication: Publication) throws {
        let text = Fixture.markdown(["respondent: X", "type: council", "publish: \(written)"])
        #expect(try response(text).publish == publication)
    }

    @Test func publishDefaultsToYes() throws {
        #expect(try response(Fixture.markdown(["respondent: X", "type: council"])).publish == .yes)
    }

    @Test func anUnreadablePublishIsTreatedAsNo() throws {
        let text = Fixture.markdown(["respondent: X", "type: council", "publish: maybe"])
        #expect(try response(text).publish == .no)
        #expect(
            messages(text) == [
                "r.md:4: error: 'maybe' in 'publish' is not yes, no or anonymous; treated as 'no' until corrected"
            ])
    }

    @Test func ignoresHTMLCommentsAndKeepsLineNumbersRight() throws {
        let text = file(
            "<!-- written by the clerk -->",
            "---",
            "respondent: North Town Council <!-- the full name -->",
            "<!-- type: trust -->",
            "type: council",
            "---",
            "<!-- A comment",
            "     over three",
            "     lines. -->",
            "## q1",
            "<!-- answer: disagree -->",
            "answer: agre",
            "",
            "We agree <!-- mostly --> with it.",
            "<!--",
            "## q2",
            "answer: disagree",
            "-->",
            "## option",
            "answer: option-3")
        let intake = Fixture.read(text)
        #expect(
            intake.diagnostics.map(\.formatted) == [
                "r.md:12: error: unknown answer 'agre' for q1; expected one of 'strongly-agree', 'agree', 'neutral', 'disagree' or 'dont-know'. Did you mean 'agree'?",
                "r.md:20: error: unknown answer 'option-3' for option; expected one of 'option-1', 'option-2' or 'no-preference'. Did you mean 'option-1'?",
            ])
        let response = try #require(intake.responses.first)
        #expect(response.line == 2)
        #expect(response.respondent == "North Town Council")
        #expect(response.type == "council")
        #expect(response.answers["q1"]?.line == 10)
        #expect(response.answers["q1"]?.unrecognised == "agre")
        #expect(response.answers["q1"]?.text == "We agree  with it.")
        #expect(response.answers["q2"] == nil)
    }

    @Test func reportsACommentThatIsNeverClosed() throws {
        let text = file(
            "---",
            "respondent: X",
            "type: council",
            "---",
            "## q1",
            "answer: agree",
            "<!-- draft: check with the leader",
            "## q2",
            "answer: disagree")
        let intake = Fixture.read(text)
        #expect(
            intake.diagnostics.map(\.formatted) == [
                "r.md:7: error: this comment has no closing '-->', so the rest of the file is ignored; close it or delete it"
            ])
        #expect(try #require(intake.responses.first).answers.keys.sorted() == ["q1"])
    }

    @Test func readsWindowsLineEndings() throws {
        let text = file(
            "---",
            "respondent: North Town Council",
            "type: council",
            "submitted: 04/01/2021",
            "---",
            "<!-- two",
            "     lines -->",
            "## q1",
            "answer: agree",
            "",
            "First line.",
            "Second line.",
            "## q2",
            "answer: disagre"
        ).replacingOccurrences(of: "\n", with: "\r\n")
        let intake = Fixture.read(text)
        #expect(
            intake.diagnostics.map(\.formatted) == [
                "r.md:14: error: unknown answer 'disagre' for q2; expected one of 'strongly-agree', 'agree', 'neutral', 'disagree' or 'dont-know'. Did you mean 'disagree'?"
            ])
        let response = try #require(intake.responses.first)
        #expect(response.respondent == "North Town Council")
        #expect(response.submitted == Day(year: 2021, month: 1, day: 4))
        #expect(response.answers["q1"]?.choice == "agree")
        #expect(response.answers["q1"]?.text == "First line.\nSecond line.")
        #expect(response.answers["q2"]?.line == 13)
    }

    @Test func ignoresAByteOrderMark() throws {
        let text = Fixture.markdown(["respondent: X", "type: council"], "## q1\nanswer: agree\n")
        for data in [
            Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8),
            Data("\u{FEFF}".utf8) + Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8),
        ] {
            let intake = Fixture.read(data)
            #expect(intake.diagnostics.isEmpty)
            #expect(intake.responses.first?.respondent == "X")
            #expect(intake.responses.first?.answers["q1"]?.choice == "agree")
        }
    }

    @Test func reportsAnUnknownAnswerWithASuggestionAndKeepsIt() throws {
        let text = Fixture.markdown(["respondent: X", "type: council"], "## q1\nanswer: stongly agree\n")
        #expect(
            messages(text) == [
                "r.md:6: error: unknown answer 'stongly agree' for q1; expected one of 'strongly-agree', 'agree', 'neutral', 'disagree' or 'dont-know'. Did you mean 'strongly-agree'?"
            ])
        let answer = try #require(try response(text).answers["q1"])
        #expect(answer.choice == nil)
        #expect(answer.unrecognised == "stongly agree")
    }

    @Test func anAnswerFarFromAnyOptionGetsNoSuggestion() {
        let text = Fixture.markdown(["respondent: X", "type: council"], "## q1\nanswer: it depends entirely\n")
        #expect(
            messages(text) == [
                "r.md:6: error: unknown answer 'it depends entirely' for q1; expected one of 'strongly-agree', 'agree', 'neutral', 'disagree' or 'dont-know'."
            ])
    }

    @Test func anUnknownTypeMeansTheResponseIsNotCounted() {
        let intake = Fixture.read(Fixture.markdown(["respondent: X", "type: counsil"], "## q1\nanswer: agree\n"))
        #expect(intake.responses.isEmpty)
        #expect(
            intake.diagnostics.map(\.formatted) == [
                "r.md:3: error: unknown stakeholder type 'counsil'; expected one of 'council', 'trust' or 'public'. Did you mean 'council'? The response is not counted."
            ])
    }

    @Test func anUnknownPlaceIsReportedAndTheResponseStillCounts() throws {
        let text = Fixture.markdown(["respondent: X", "type: council", "place: North Twn"])
        #expect(
            messages(text) == [
                "r.md:4: error: unknown place 'North Twn'; expected one of 'North Town' or 'South Town'. Did you mean 'North Town'?"
            ])
        #expect(try response(text).place == nil)
    }

    @Test func reportsAnUnknownConcernAndKeepsTheKnownOnes() throws {
        let text = Fixture.markdown(
            ["respondent: X", "type: council"],
            "## q1\nanswer: agree\nconcerns: vetoo; Local accountability, , top-down\n")
        #expect(
            messages(text) == [
                "r.md:7: error: unknown concern 'vetoo'; concerns are theme ids such as 'accountability', 'veto', 'top-down' or 'social-care'. Did you mean 'veto'?"
            ])
        #expect(try response(text).answers["q1"]?.concerns == ["accountability", "top-down"])
    }

    @Test func concernsOnSeveralLinesAreCollectedOnce() throws {
        let text = Fixture.markdown(
            ["respondent: X", "type: council"], "## q1\nconcerns: veto\nconcerns: Loss of the veto, top-down\n")
        #expect(try response(text).answers["q1"]?.concerns == ["veto", "top-down"])
    }

    @Test func aMissingRespondentMeansTheResponseIsNotCounted() {
        let intake = Fixture.read(Fixture.markdown(["type: council"], "## q1\nanswer: agree\n"))
        #expect(intake.responses.isEmpty)
        #expect(
            intake.diagnostics.map(\.formatted) == [
                "r.md:1: error: missing required field 'respondent' in the front matter; the response is not counted"
            ])
    }

    @Test func aMissingTypeMeansTheResponseIsNotCounted() {
        let intake = Fixture.read(Fixture.markdown(["respondent: X", "type:   "], "## q1\nanswer: agree\n"))
        #expect(intake.responses.isEmpty)
        #expect(
            intake.diagnostics.map(\.formatted) == [
                "r.md:1: error: missing required field 'type' in the front matter; the response is not counted"
            ])
    }

    @Test func aMemberOfThePublicNeedsNoName() throws {
        let text = Fixture.markdown(["type: resident"], "## q1\nanswer: agree\n")
        #expect(messages(text) == [])
        #expect(try response(text).respondent == "Member of the public")
    }

    @Test func reportsABadDateAndStillCountsTheResponse() throws {
        let text = Fixture.markdown(["respondent: X", "type: council", "submitted: 31/02/2021"])
        #expect(
            messages(text) == [
                "r.md:4: error: '31/02/2021' in 'submitted' is not a date; expected YYYY-MM-DD or DD/MM/YYYY"
            ])
        #expect(try response(text).submitted == nil)
    }

    @Test func reportsADuplicateSectionAndKeepsTheFirst() throws {
        let text = file(
            "---",
            "respondent: X",
            "type: council",
            "---",
            "",
            "## q1",
            "answer: agree",
            "",
            "First.",
            "",
            "## Q1. Do you agree that the new body provides the right foundation?",
            "answer: disagree",
            "",
            "Second.",
            "## q2",
            "answer: neutral")
        #expect(messages(text) == ["r.md:11: error: duplicate section for q1 (first on line 6); this one is ignored"])
        let response = try response(text)
        #expect(response.answers["q1"]?.choice == "agree")
        #expect(response.answers["q1"]?.text == "First.")
        #expect(response.answers["q2"]?.choice == "neutral")
    }

    @Test func reportsAnUnknownSectionAndSkipsItsText() throws {
        let text = file(
            "---",
            "respondent: X",
            "type: council",
            "---",
            "## q9",
            "answer: agree",
            "## Our views on everything",
            "Some text.",
            "## q2",
            "answer: neutral")
        #expect(
            messages(text) == [
                "r.md:5: error: unknown question section 'q9'; sections are named by question id: 'q1', 'q2', 'option' or 'comments'. Did you mean 'q1'?",
                "r.md:7: error: unknown question section 'Our views on everything'; sections are named by question id: 'q1', 'q2', 'option' or 'comments'.",
            ])
        #expect(try response(text).answers.keys.sorted() == ["q2"])
    }

    @Test func warnsAboutAnUnknownFrontMatterField() throws {
        let text = Fixture.markdown(["respondent: X", "organisation: North Town", "type: council"])
        #expect(
            messages(text) == [
                "r.md:3: warning: unknown field 'organisation' in the front matter is ignored; the fields are 'respondent', 'type', 'place', 'submitted', 'contact', 'publish' or 'questionnaire'"
            ])
        #expect(try response(text).respondent == "X")
    }

    @Test func reportsAFrontMatterLineThatIsNotAField() {
        let text = Fixture.markdown(["respondent: X", "type: council", "Thank you for asking us"])
        #expect(
            messages(text) == [
                "r.md:4: error: expected 'field: value' in the front matter, found 'Thank you for asking us'"
            ])
    }

    @Test func reportsAFieldGivenTwiceAndKeepsTheFirst() throws {
        let text = Fixture.markdown(["respondent: X", "type: council", "respondent: Y"])
        #expect(messages(text) == ["r.md:4: error: 'respondent' is given twice in the front matter; the first is used"])
        #expect(try response(text).respondent == "X")
    }

    @Test func reportsAnAnswerGivenTwiceInASection() throws {
        let text = Fixture.markdown(["respondent: X", "type: council"], "## q1\nanswer: agree\nanswer: disagree\n")
        #expect(messages(text) == ["r.md:7: error: 'answer' is given twice in this section; the first is used"])
        #expect(try response(text).answers["q1"]?.choice == "agree")
    }

    @Test func rejectsAFileWithoutFrontMatter() {
        let intake = Fixture.read(file("", "", "## q1", "answer: agree"))
        #expect(intake.responses.isEmpty)
        #expect(
            intake.diagnostics.map(\.formatted) == [
                "r.md:3: error: missing front matter; a response file starts with a '---' line, then 'respondent:', 'type:' and the other fields, then another '---' line"
            ])
    }

    @Test func rejectsAnEmptyFile() {
        let intake = Fixture.read("")
        #expect(intake.responses.isEmpty)
        #expect(
            intake.diagnostics.map(\.formatted) == [
                "r.md:1: error: missing front matter; a response file starts with a '---' line, then 'respondent:', 'type:' and the other fields, then another '---' line"
            ])
    }

    @Test func rejectsUnclosedFrontMatter() {
        let intake = Fixture.read(file("", "---", "respondent: X", "type: council", "", "## q1", "answer: agree"))
        #expect(intake.responses.isEmpty)
        #expect(
            intake.diagnostics.map(\.formatted) == [
                "r.md:2: error: the front matter that starts on line 2 has no closing '---' line"
            ])
    }

    @Test func unclosedFrontMatterRunningToTheEndIsReported() {
        let intake = Fixture.read(file("---", "respondent: X", "type: council"))
        #expect(intake.responses.isEmpty)
        #expect(
            intake.diagnostics.map(\.formatted) == [
                "r.md:1: error: the front matter that starts on line 1 has no closing '---' line"
            ])
    }

    @Test func warnsAboutTextBeforeTheFirstSection() throws {
        let text = file(
            "---",
            "respondent: X",
            "type: council",
            "---",
            "# Response from X",
            "",
            "Dear colleagues,",
            "here is our response.",
            "## q1",
            "answer: agree")
        #expect(
            messages(text) == [
                "r.md:7: warning: text before the first '## question' section is not part of any answer and is ignored; move it under a section such as '## comments'"
            ])
        #expect(try response(text).answers["q1"]?.text == "")
    }

    @Test func warnsWhenAFreeTextQuestionIsGivenAnAnswer() throws {
        let text = Fixture.markdown(["respondent: X", "type: council"], "## comments\nanswer: agree\n\nMore to say.\n")
        #expect(
            messages(text) == [
                "r.md:6: warning: comments is a free-text question and takes no 'answer'; the text 'agree' is kept with the comments"
            ])
        let answer = try #require(try response(text).answers["comments"])
        #expect(answer.choice == nil)
        #expect(answer.text == "agree\n\nMore to say.")
    }

    @Test func aFieldAfterTheTextIsPartOfTheText() throws {
        let text = Fixture.markdown(
            ["respondent: X", "type: council"], "## q1\nanswer: agree\n\nWe agree.\nNote: answer: disagree is wrong.\n")
        #expect(try response(text).answers["q1"]?.text == "We agree.\nNote: answer: disagree is wrong.")
    }

    @Test func anEmptySectionIsNoAnswer() throws {
        let text = Fixture.markdown(
            ["respondent: X", "type: council"], "## q1\nanswer:\nconcerns:\n\n## q2\nanswer: agree\n")
        #expect(messages(text) == [])
        #expect(try response(text).answers.keys.sorted() == ["q2"])
    }

    @Test func readsInferredAnswersWithTheirEvidence() throws {
        let text = Fixture.markdown(
            ["respondent: X", "type: council"],
            "## q1\nanswer: agree\ninferred: yes\nconfidence: Medium\nevidence: \"We welcome the proposal.\"\n")
        let answer = try #require(try response(text).answers["q1"])
        #expect(answer.inferred)
        #expect(answer.confidence == .medium)
        #expect(answer.evidence == ["We welcome the proposal."])
    }

    @Test func reportsUnreadableConditionalAndConfidence() {
        let text = Fixture.markdown(
            ["respondent: X", "type: council"], "## q1\nanswer: agree\nconditional: perhaps\nconfidence: certain\n")
        #expect(
            messages(text) == [
                "r.md:7: error: 'perhaps' in 'conditional' is not yes or no",
                "r.md:8: error: 'certain' in 'confidence' is not high, medium or low",
            ])
    }

    @Test func leavesOutAResponseToAnotherQuestionnaire() {
        let intake = Fixture.read(
            Fixture.markdown(
                ["respondent: X", "type: council", "questionnaire: another-one"], "## q1\nanswer: agree\n"))
        #expect(intake.responses.isEmpty)
        #expect(
            intake.diagnostics.map(\.formatted) == [
                "r.md:4: warning: this response answers questionnaire 'another-one', not 'test-consultation'; it is left out of this run"
            ])
    }
}
