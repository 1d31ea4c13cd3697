import Foundation
import Testing

@testable import ConsultKit

@Suite struct LetterSegmenterTests {
    @Test func aRenumberedFormQuestionIsFoundByItsText() throws {
        let text = """
            Q1. Your name
            Ann Example

            Q4. Do you agree that giving ICSs a statutory footing…
            Yes

            Q5. Do you agree that option 2 offers a model that provides greater incentive for collaboration alongside clarity of accountability across systems, to Parliament and most importantly, to patients?
            Strongly disagree

            Q6. Is there anything else you would like to tell us?
            I want my GP surgery to answer the phone in the mornings, which it has not done for a year.
            """
        let response = Letters.code(text).response
        #expect(response.answers["q1"]?.choice == "agree")
        #expect(response.answers["q1"]?.confidence == .high)
        #expect(response.answers["q1"]?.evidence == ["Q4. Do you agree that giving ICSs a statutory footing…", "Yes"])
        #expect(response.answers["q2"]?.choice == "strongly-disagree")
        #expect(response.answers["q4"] == nil)
        #expect(response.answers["comments"]?.text.contains("GP surgery") == true)
        #expect(response.respondent == "Ann Example")
        #expect(response.type == "public")
    }

    @Test func aBareQuestionNumberCountsByNumber() {
        let text = Letters.letter(
            """
            Q1

            We agree.

            Question 3 – membership

            We disagree: every system should have to include primary care.

            Q4: We neither agree nor disagree.
            """)
        let response = Letters.code(text).response
        #expect(response.answers["q1"]?.choice == "agree")
        #expect(response.answers["q3"]?.choice == "disagree")
        #expect(response.answers["q4"]?.choice == "neutral")
    }

    @Test func anOrdinalReferenceNamesTheQuestion() {
        let text = Letters.letter(
            """
            On the first question, we agree.

            On the fourth question, we disagree. Specialised services should stay national.
            """)
        let response = Letters.code(text).response
        #expect(response.answers["q1"]?.choice == "agree")
        #expect(response.answers["q4"]?.choice == "disagree")
        #expect(
            response.answers["q4"]?.text
                == "On the fourth question, we disagree. Specialised services should stay national.")
    }

    /// "the last of your four questions" names the fourth; "the claim in question 2 that …" past the opening words
    /// does not name a question.
    @Test func oneOfACountedSetOfQuestionsNamesIt() {
        let text = Letters.letter(
            """
            We start with the last of your four questions, because it is where our answer is simplest. These \
            services ought to be planned locally, and we support the change.

            We also think the new arrangements need a clear complaints route for residents.
            """)
        let response = Letters.code(text).response
        #expect(response.answers["q4"]?.choice == "agree")
        #expect(response.answers["q4"]?.text.hasPrefix("We start with the last of your four questions") == true)
    }

    @Test func aTopicHeadingPutsWhatFollowsUnderItsQuestion() {
        let text = Letters.letter(
            """
            Membership

            The document proposes that each system should shape its own membership.

            We disagree.

            Other points

            Please publish the board papers.
            """)
        let response = Letters.code(text).response
        #expect(response.answers["q3"]?.choice == "disagree")
        #expect(response.answers["q3"]?.text.contains("We disagree.") == true)
        #expect(response.answers["comments"]?.text.contains("Please publish the board papers.") == true)
    }

    /// Citizen Space numbers its items without a "Q", notes "(optional)" after a question, and puts
    /// several labelled answers under one "about you" item.
    @Test func aCitizenSpaceExportIsReadItemByItem() {
        let text = """
            NHS England - Citizen Space
            Submitted on: 02/01/2021 10:51

            1  What is your name?
               Name: Deborah Fairclough

            3  Are you responding as an individual or on behalf of an organisation?
               On behalf of an organisation

            4  What is the name of your organisation, and which of the following best describes it?
               Organisation: Wenlow Community and Voluntary Services
               Type: Voluntary, community or social enterprise (VCSE) organisation

            5  Do you agree that giving ICSs a statutory footing from 2022, alongside other legislative proposals, provides the right foundation for the NHS over the next decade?

               Agree

            8  Do you agree, subject to appropriate safeguards and where appropriate, that services currently commissioned by NHSE should be either transferred or delegated to ICS bodies?

               Not answered

            9  Which of the two legislative options do you prefer, and why? (optional)

               Option 2. Of the two it is the one most likely to give communities a single organisation to deal with.
            """
        let response = Letters.code(text).response
        #expect(response.answers["q1"]?.choice == "agree")
        #expect(response.answers["q1"]?.confidence == .high)
        #expect(response.answers["q4"]?.choice == nil)
        #expect(response.answers["option"]?.choice == "option-2")
        #expect(response.respondent == "Wenlow Community and Voluntary Services")
        #expect(response.type == "voluntary-sector")
        #expect(response.submitted == Day(year: 2021, month: 1, day: 2))
    }

    /// SmartSurvey puts "Question 5 of 10" on a line of its own, the question under it and the answer under that.
    @Test func aCountedQuestionHasItsTextOnTheNextLine() {
        let text = """
            SmartSurvey - Individual Response

            Question 1 of 3
            Organisation
            Millbrook Council for Voluntary Service

            Question 2 of 3
            Do you agree that option 2 offers a model that provides greater incentive for collaboration alongside clarity of accountability across systems, to Parliament and most importantly, to patients?
            Disagree
            Comment: A large NHS body is harder for small organisations to reach.

            Question 3 of 3
            Which of the two models set out in the consultation would you prefer?
            Option 1: a statutory ICS Board / Joint Committee with an Accountable Officer
            """
        let response = Letters.code(text).response
        #expect(response.answers["q2"]?.choice == "disagree")
        #expect(response.answers["q2"]?.confidence == .high)
        #expect(response.answers["option"]?.choice == "option-1")
        #expect(response.respondent == "Millbrook Council for Voluntary Service")
        #expect(response.type == "voluntary-sector")
    }

    /// Microsoft Forms writes the chosen option with its description after a dash.
    @Test func aFormsAnswerIsWhatComesBeforeItsDash() {
        let text = """
            4. NHS England proposes two models for putting integrated care systems into law. Which of the two would you prefer?
            Option 1 - a statutory ICS board/joint committee with an Accountable Officer
            """
        let response = Letters.code(text).response
        #expect(response.answers["option"]?.choice == "option-1")
        #expect(response.answers["option"]?.confidence == .high)
    }

    @Test func numberedParagraphsOfALetterAreNotQuestionReferences() {
        #expect(QuestionReference("1. We agree that ICSs need a statutory footing.") == nil)
        #expect(QuestionReference("5 January 2021") == nil)
        #expect(QuestionReference("5  Do you agree that giving ICSs a statutory footing…?")?.number == 5)
    }

    /// A paragraph that opens with its own topic starts a new section, even after an inline reference.
    @Test func aParagraphsOwnLeadStartsANewSection() {
        let text = Letters.letter(
            """
            **Question 2.** We neither agree nor disagree with the second consultation question.

            **Membership.** We agree that membership should be permissive.

            **NHS England's commissioning functions.** The Council supports the transfer of these services to ICS bodies.

            Which model? The document offers a joint committee or a new body. Our board prefers the latter.
            """)
        let response = Letters.code(text).response
        #expect(response.answers["q2"]?.choice == "neutral")
        #expect(response.answers["q3"]?.choice == "agree")
        #expect(response.answers["q4"]?.choice == "agree")
        // "Which model?" opens the options' own section.
        #expect(response.answers["option"]?.text.hasPrefix("Which model?") == true)
        #expect(response.answers["q4"]?.text.contains("Which model?") == false)
    }

    @Test func blankCheckboxesAreNotAnAnswer() {
        let text = """
            Q7. Do you agree, subject to appropriate safeguards and where appropriate, that services currently commissioned by NHSE should be either transferred or delegated to ICS bodies?
            [ ] Agree  [ ] Disagree  [ ] Neither agree nor disagree  [ ] Don't know
            Comment: (no response)

            Q6. Do you agree that, other than mandatory participation of NHS bodies and Local Authorities, membership should be sufficiently permissive to allow systems to shape their own governance arrangements to best suit their populations needs?
            [ ] Agree  [x] Neither agree nor disagree  [ ] Disagree
            """
        let response = Letters.code(text).response
        #expect(response.answers["q4"]?.choice == nil)
        #expect(response.answers["q3"]?.choice == "neutral")
    }

    /// A survey export that wraps each numbered question over several lines, puts each label before its box and
    /// sets out the models as radio buttons, with its "about you" items numbered like its questions.
    @Test func wrappedQuestionsLabelsBeforeBoxesAndRadioButtons() {
        let text = """
            1.2 Your organisation
            Weir Valley Council for Voluntary Service

            2.1 Do you agree that, other than mandatory participation of NHS bodies
            and Local Authorities, membership should be sufficiently permissive to
            allow systems to shape their own governance arrangements to best suit
            their populations needs?

                Agree [ ]   Disagree [x]   Neither agree nor disagree [ ]   Don't know [ ]

            2.1.a Please tell us why
            A national list of members would serve us better.

            2.2 Do you agree, subject to appropriate safeguards and where appropriate,
            that services currently commissioned by NHSE should be either transferred
            or delegated to ICS bodies?

                Agree [ ]   Disagree [ ]   Neither agree nor disagree [ ]   Don't know [ ]

            2.3 Which of the governance models put forward by NHS England do you
            prefer?

                ( ) Option 1 - statutory ICS board / joint committee with an
                    accountable officer
                (*) Option 2 - statutory ICS body
                ( ) No preference
            """
        let coded = Letters.code(text)
        #expect(coded.response.answers["q3"]?.choice == "disagree")
        #expect(coded.response.answers["q3"]?.confidence == .high)
        #expect(coded.response.answers["q4"]?.choice == nil)
        #expect(coded.response.answers["option"]?.choice == "option-2")
        #expect(coded.response.respondent == "Weir Valley Council for Voluntary Service")
        // The reasons under "2.1.a" stay with their question.
        #expect(coded.response.answers["q3"]?.text.contains("A national list of members") == true)
    }

    /// "[not answered]" under a form's question is a blank answer: the comments under it are not read for one.
    @Test func notAnsweredInBracketsIsABlankAnswer() {
        let text = """
            Q2. Do you agree that option 2 offers a model that provides greater incentive for collaboration alongside clarity of accountability across systems, to Parliament and most importantly, to patients?
            [not answered]
            Comment: We agree that a single body would give a greater incentive for collaboration.

            Q3. Any other comments?
            No.
            """
        #expect(Letters.choice(text, "q2") == nil)
    }

    /// A letter's numbered section headings ("3.1 Membership") are headings, not a form's items.
    @Test func numberedSectionHeadingsOfALetterKeepTheirTopic() {
        let apart = Letters.letter(
            "3.1 Membership\n\nWe agree that each system should shape its own governance arrangements.")
        #expect(Letters.choice(apart, "q3") == "agree")
        #expect(Letters.answer(apart, "q3")?.text.contains("each system should shape") == true)
        let together = Letters.letter(
            "3.1 Membership\nWe agree that each system should shape its own governance arrangements.")
        #expect(Letters.answer(together, "q3")?.text.contains("each system should shape") == true)
    }

    /// "10. … If you have a preference, please tell us which and why." asks without a question mark.
    @Test func aNumberedPromptWithoutAQuestionMarkIsAQuestion() {
        let text = """
            9. Do you agree that giving ICSs a statutory footing from 2022, alongside other legislative proposals, provides the right foundation for the NHS over the next decade?
            Agree

            10. The consultation describes two options. If you have a preference, please tell us which and why.
            Option 1. It keeps the council involved as a partner in its own right.

            11. Any other comments?
            The consultation period was far too short.
            """
        let response = Letters.code(text).response
        #expect(response.answers["option"]?.choice == "option-1")
        #expect(response.answers["option"]?.confidence == .high)
    }

    /// A question wrapped over the lines after its number, then radio buttons a line each: the ticked one is the
    /// answer, none ticked is a blank, and the list is never read as prose ("Strongly agree" is only a label).
    @Test func wrappedQuestionsAnsweredByRadioButtonsAndAFormsOwnPreferenceQuestion() {
        let coded = Letters.code(
            """
            YOUR VIEWS
            Q1. The Partnership will tell NHS England which legislative model its partners prefer. Which model would \
            you like the Partnership to support?
              ( ) Option 1 - statutory ICS board / joint committee with an accountable officer
              (o) Option 2 - statutory ICS body (repurposed CCG)
              ( ) No preference

            Q5. Do you agree that, other than mandatory participation of NHS bodies
            and Local Authorities, membership should be sufficiently permissive to
            allow systems to shape their own governance arrangements to best suit
            their populations needs?

            ( ) Strongly agree
            (•) Agree
            ( ) Neither agree nor disagree

            Q6. Do you agree, subject to appropriate safeguards and where
            appropriate, that services currently commissioned by NHSE should be
            either transferred or delegated to ICS bodies?

            ( ) Strongly agree
            ( ) Agree
            ( ) Neither agree nor disagree
            """)
        #expect(coded.response.answers["option"]?.choice == "option-2")
        #expect(coded.response.answers["q3"]?.choice == "agree")
        #expect(coded.response.answers["q4"]?.choice == nil)
    }

    /// A Citizen Space export quotes each question in full with no number; the text names the question, the line
    /// under it is the answer, and the explanation after it stays in that question's section.
    @Test func anUnnumberedQuotedQuestionIsReadAsItsHeading() {
        let coded = Letters.code(
            """
            About you

            What is your name?

            Name:
            Example Person

            Do you agree that giving ICSs a statutory footing from 2022, alongside other legislative proposals, provides the right foundation for the NHS over the next decade?

            Agree

            Please explain your answer:
            A legal footing would make the partnership's commitments harder to walk away from.

            Do you agree that option 2 offers a model that provides greater incentive for collaboration alongside clarity of accountability across systems, to Parliament and most importantly, to patients?

            Disagree

            Please explain your answer:
            Carers would have less say, not more.
            """)
        let answers = coded.response.answers
        #expect(answers["q1"]?.choice == "agree")
        #expect(answers["q2"]?.choice == "disagree")
        #expect(answers["q1"]?.text.contains("harder to walk away from") == true)
        #expect(answers["q2"]?.text.contains("less say, not more") == true)
        // The question's own words are its heading, not part of the answer.
        #expect(answers["q2"]?.text.contains("greater incentive for collaboration") == false)
    }

    /// A question's wording in a letter's own prose is not taken for the question.
    @Test func aSentenceThatEchoesAQuestionIsNotItsHeading() throws {
        let segmenter = LetterSegmenter(questionnaire: Letters.questionnaire)
        #expect(segmenter.quotedQuestion(in: ["Do you agree that giving ICSs a statutory footing is right?"]) == nil)
        let quoted = try #require(
            segmenter.quotedQuestion(in: [
                "Do you agree that, other than mandatory participation of NHS bodies and Local Authorities,",
                "membership should be sufficiently permissive to allow systems to shape their own governance",
                "arrangements to best suit their populations needs?",
            ]))
        #expect(quoted.question == "q3")
        #expect(quoted.heading.count == 3)
    }

    /// A form's own item that asks for a view, not about the respondent, keeps its one-line answer as a comment.
    @Test func aFormsOwnItemKeepsItsAnswer() {
        let coded = Letters.code(
            """
            1. Your name
            Kwame Example

            6. Are you confident the ICS will listen to residents?
            Not really, going by the last reorganisation.

            7. Is there anything else you would like to tell us?
            Please stop calling things "place" and "system".
            """)
        let text = coded.response.answers.values.map(\.text).joined(separator: "\n")
        #expect(text.contains("Not really, going by the last reorganisation."))
        #expect(text.contains("Please stop calling things \"place\" and \"system\"."))
        #expect(!text.contains("Kwame Example"))
    }

    /// Every paragraph of every labelled letter's body is in exactly one section; only the letterhead, salutation,
    /// signature, question headings, rules and "about you" form items are left out.
    @Test(arguments: ["dev", "holdout"] + (2...59).map { "holdout\($0)" })
    func everyParagraphLandsInExactlyOneSection(set: String) throws {
        let folder = LetterEvaluation.folder(set)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "expected.json" }
        #expect(names.count >= 12)
        for name in names {
            let letter = try LetterText.read(
                [UInt8](Data(contentsOf: folder.appendingPathComponent(name))), source: name)
            let parts = LetterParts(letter.text)
            let segmenter = LetterSegmenter(questionnaire: Letters.questionnaire)
            let segmentation = segmenter.segment(parts.body)
            let response = LetterCoder(questionnaire: Letters.questionnaire).code(letter).response
            // As many copies of each paragraph in the sections as in the segmentation: each is in exactly one.
            let written = response.answers.values.flatMap { $0.text.components(separatedBy: "\n\n") }.filter {
                !$0.isEmpty
            }
            // A line the response file would read as a heading, a field or a rule is written escaped ("\\## Membership",
            // "\\Answer: …", "\\---").
            let unescaped = written.map {
                ("\n" + $0).replacingOccurrences(of: "\n\\", with: "\n").dropFirst().description
            }
            let expected = segmentation.paragraphs.map(\.text)
            #expect(
                unescaped.sorted() == expected.sorted(),
                "\(set)/\(name): \(Set(unescaped).symmetricDifference(expected).sorted())")
            let kept = Set(segmentation.paragraphs.flatMap(\.lines))
            // Only items about the respondent are set aside: "Is there anything else …?" is answered in a section.
            let asides = Set(segmentation.formFields.filter { LetterParts.isAboutYou($0.key) }.map(\.value))
            // A question's heading may run onto the lines after its number ("Question 5 of 10" then its text).
            var headings = Set<String>()
            for block in parts.body {
                var lines = Array(block.drop(while: LetterSegmenter.isRule))
                if let (_, heading) = LetterSegmenter.reference(in: lines) {
                    headings.formUnion(heading)
                    lines.removeFirst(heading.count)
                } else if let (_, heading) = segmenter.quotedQuestion(in: lines) {
                    // An unnumbered question quoted in full (a Citizen Space export).
                    headings.formUnion(heading)
                    lines.removeFirst(heading.count)
                }
                // "Which of these best describes you?" answered by radio buttons, a line each: the ticked one is kept.
                if !lines.isEmpty, lines.allSatisfy(FormAnswer.hasBoxes),
                    let ticked = FormAnswer.ticked(lines.joined(separator: " ")),
                    asides.contains(ticked)
                {
                    headings.formUnion(lines)
                }
            }
            for line in parts.body.flatMap({ $0 }) where !kept.contains(line) && !headings.contains(line) {
                // "Response: Agree" keeps its answer; "Name: …" is about the respondent, and so is a short labelled
                // answer to a form's own item ("May we contact you? Response: Yes - …").
                if let field = LetterParts.field(line),
                    kept.contains(field.value) || asides.contains(field.value) || LetterParts.isAboutYou(field.key)
                        || segmentation.formFields.contains(where: { $0.value == field.value })
                {
                    continue
                }
                #expect(
                    asides.contains(line) || QuestionReference(line) != nil || LetterSegmenter.isRule(line)
                        || LetterSegmenter.isSectionTitle(line),
                    "\(set)/\(name): dropped '\(line)'")
            }
        }
    }
}
