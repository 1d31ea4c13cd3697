import Testing

@testable import ConsultKit

@Suite struct RespondentGuesserTests {
    @Test(arguments: [
        ("Riverside Primary Care Network", "primary-care"),
        ("Northfield Council for Voluntary Service", "voluntary-sector"),
        ("Save Our Hospital Campaign", "other"),
        ("Eastfield Borough Council Health Scrutiny Committee", "scrutiny-committee"),
        ("Westshire Health and Wellbeing Board", "health-and-wellbeing-board"),
        ("Healthwatch Westshire", "healthwatch"),
        ("NHS Westshire Clinical Commissioning Group", "ccg"),
        ("Westshire Hospitals NHS Foundation Trust", "nhs-trust"),
        ("Westshire County Council", "local-authority"),
        ("Westshire Local Medical Committee", "primary-care"),
        ("Westshire Health and Care Partnership", "ics"),
        ("St Anne's Hospice", "voluntary-sector"),
    ])
    func guessesTheTypeFromTheName(name: String, type: String) {
        #expect(RespondentGuesser(questionnaire: Letters.questionnaire).type(named: name) == type)
    }

    @Test func combinesACouncilLetterheadWithItsCommittee() {
        let coded = Letters.code(
            """
            EASTFIELD BOROUGH COUNCIL
            Health Scrutiny Committee
            Town Hall, Eastfield EF1 1AA

            2 January 2021

            Dear Sir/Madam,

            The Committee agrees that ICSs should have a statutory footing from 2022.

            Yours faithfully,

            Cllr A Person
            Chair, Health Scrutiny Committee
            """)
        #expect(coded.response.respondent == "Eastfield Borough Council Health Scrutiny Committee")
        #expect(coded.response.type == "scrutiny-committee")
        #expect(coded.response.submitted == Day(year: 2021, month: 1, day: 2))
        #expect(coded.guessed == ["respondent", "type", "submitted"])
    }

    @Test func aBoardTheCouncilHostsSpeaksForItself() {
        let coded = Letters.code(
            """
            FENWICK COUNTY COUNCIL
            Fenwick Health and Wellbeing Board
            Shire Hall, Fenwick FV1 1SH

            14.12.2020

            Dear Sir/Madam,

            Members neither agree nor disagree that a statutory footing is the right foundation.

            Yours faithfully,

            Councillor Gwen Hartigan
            Chair, Fenwick Health and Wellbeing Board
            """)
        #expect(coded.response.respondent == "Fenwick Health and Wellbeing Board")
        #expect(coded.response.type == "health-and-wellbeing-board")
        #expect(coded.response.submitted == Day(year: 2020, month: 12, day: 14))
    }

    /// A Citizen Space export dates itself "Submitted on 2021-01-08 11:05:37", with no colon after the label and one
    /// inside the time, on the line after "Submitted to …".
    @Test(arguments: ["Submitted on 2021-01-08 11:05:37", "Response submitted 8 January 2021, 11:05"])
    func readsAFormsSubmissionLine(line: String) {
        let coded = Letters.code(
            """
            Integrating care: next steps to building strong and effective integrated care systems across England

            Response ID ANON-7QKT-4HRB-9ZW

            Submitted to Integrating care: next steps to building strong and effective integrated care systems across England
            \(line)

            About you

            What is the name of your organisation?
            Organisation: Copperdale Council for Voluntary Service
            """)
        #expect(coded.response.submitted == Day(year: 2021, month: 1, day: 8))
    }

    @Test func readsTheOrganisationFromTheSignature() {
        let coded = Letters.code(
            "Dear colleagues,\n\nWe have no comments.\n\nBest wishes,\nSam Example\nChief Officer, Healthwatch Westshire\n"
        )
        #expect(coded.response.respondent == "Healthwatch Westshire")
        #expect(coded.response.type == "healthwatch")
    }

    @Test(arguments: ["Save Copley Marsh Hospital", "Keep Our NHS Public Ravensholme", "Defend Westshire Hospitals"])
    func aCampaignNamedForWhatItDefendsIsOther(name: String) {
        #expect(RespondentGuesser(questionnaire: Letters.questionnaire).type(named: name) == "other")
    }

    @Test func aRoleBeforeTheOrganisationInTheSignatureIsLeftOut() {
        let coded = Letters.code(
            "Dear NHS England,\n\nWe disagree.\n\nIn solidarity,\n\nKieran Example\n"
                + "Branch Secretary, CHWU Wyke Valley Health Branch\n")
        #expect(coded.response.respondent == "CHWU Wyke Valley Health Branch")
    }

    @Test func aFormsTickedBoxAndAnOrganisationGivenWithItsAddress() {
        let ticked = Letters.code(
            """
            About you
            Name: Marcus Example
            Organisation: Brookhaven Carers' Centre (registered charity)
            Role: Manager
            Responding as: [ ] An individual  [x] On behalf of an organisation

            Q1. Do you agree that giving ICSs a statutory footing from 2022, alongside other legislative proposals, \
            provides the right foundation for the NHS over the next decade?
            [ ] Agree  [x] Disagree
            """)
        #expect(ticked.response.respondent == "Brookhaven Carers' Centre")
        #expect(ticked.response.type == "voluntary-sector")
        let addressed = Letters.code(
            """
            Question 1 of 8
            Your name and role
            Annette Example, Chief Executive

            Question 2 of 8
            Name of the organisation you are responding on behalf of (if any)
            Mellstock Council for Voluntary Service (Mellstock CVS), 12 Abbey Walk, Mellstock MS2 4RR. \
            annette@mellstockcvs.example.org / 020 7946 0104

            Question 3 of 8
            Do you agree that giving ICSs a statutory footing from 2022, alongside other legislative proposals, \
            provides the right foundation for the NHS over the next decade?
            Agree
            """)
        #expect(addressed.response.respondent == "Mellstock Council for Voluntary Service")
        #expect(addressed.response.type == "voluntary-sector")
    }

    @Test func aFormsAboutYouItemsAskedAsQuestionsOrNumbered() {
        let asked = Letters.code(
            """
            Citizen Space - response export
            Response submitted: 3 January 2021 21:07

            What is your name?
            Grace Example

            Are you responding as an individual or on behalf of an organisation?
            [x] Individual
            [ ] Organisation

            1  Do you agree that giving ICSs a statutory footing from 2022, alongside other legislative proposals, \
            provides the right foundation for the NHS over the next decade?
            [x] Agree
            """)
        #expect(asked.response.respondent == "Grace Example")
        #expect(asked.response.type == "public")
        let numbered = Letters.code(
            """
            Tarrow Vale County Council - Consultation Portal
            Response reference: TVCC-2021-00318

            1. Your name
            Kwame Example

            3. Are you responding as...
            A resident of Tarrow Vale

            6. Do you agree that giving ICSs a statutory footing from 2022, alongside other legislative proposals, \
            provides the right foundation for the NHS over the next decade?
            Answer: Agree
            """)
        #expect(numbered.response.respondent == "Kwame Example")
        #expect(numbered.response.type == "public")
    }

    @Test func aFormsAnswerInTheNextParagraphOrAsAKeyAndValue() {
        let nextParagraph = Letters.code(
            """
            Stakeholder survey - individual response export
            Submitted: 05/01/2021 14:22

            1. Name of your organisation

            Westvale Council for Voluntary Service

            2. Do you agree that giving ICSs a statutory footing from 2022, alongside other legislative proposals, \
            provides the right foundation for the NHS over the next decade?

            Agree
            """)
        #expect(nextParagraph.response.respondent == "Westvale Council for Voluntary Service")
        #expect(nextParagraph.response.type == "voluntary-sector")
        let keyAndValue = Letters.code(
            """
            Integrating care: next steps - online response
            Completed: 02/01/2021 19:36

            === Section 1 of 3: About you ===

            Name (optional): Patricia Example
            Town or area (optional): Caldmoor

            === Section 2 of 3: The proposals ===

            Q2 Do you agree that giving ICSs a statutory footing from 2022, alongside other legislative proposals, \
            provides the right foundation for the NHS over the next decade?
            [ ] Agree   [x] Disagree
            """)
        #expect(keyAndValue.response.respondent == "Patricia Example")
        #expect(keyAndValue.response.type == "public")
        let organisationName = Letters.code(
            """
            Partnership survey - response WMT-0047
            Submitted: 05/01/2021 14:27

            Q1. What is your name?
            Priya Example

            Q2. Are you responding as an individual or on behalf of an organisation?
            ( ) As an individual
            (x) On behalf of an organisation

            Organisation name: Marsh Carers Alliance
            Your role: Chief Executive

            Q3. Do you agree that giving ICSs a statutory footing from 2022, alongside other legislative proposals, \
            provides the right foundation for the NHS over the next decade?
            (x) Agree
            """)
        #expect(organisationName.response.respondent == "Marsh Carers Alliance")
    }

    @Test(arguments: [
        ("Yes - Rowan Council for Voluntary Service (the body for 400 groups)", "Rowan Council for Voluntary Service"),
        ("Ravensholm Council for Voluntary Service (RCVS) - Chief Officer", "Ravensholm Council for Voluntary Service"),
        ("Kingsbarrow Carers Network. We are the umbrella body for carers' groups", "Kingsbarrow Carers Network"),
        ("On behalf of an organisation - Tamsford Voluntary Action", "Tamsford Voluntary Action"),
        ("As an individual", "As an individual"),
    ])
    func anOrganisationAmongTheLabelRoleAndDescription(answer: String, name: String) {
        #expect(RespondentGuesser.organisationAnswer(answer) == name)
    }

    @Test func aLettersListOrNumberedParagraphIsNotAFormsItem() {
        let parts = LetterParts(
            """
            Dear Sir or Madam,

            We ask that voluntary sector organisations are given:
            – a seat on each place partnership;
            – a named lead for carers on the ICS board.

            4. Specialised services. We would support delegation on the understanding that nothing is transferred \
            until the allocations have been published and tested, and that joint arrangements are in place for them.

            The Board makes no comment on membership.

            Yours faithfully,

            Clare Example
            Company Secretary
            """)
        #expect(parts.asked.isEmpty)
    }

    @Test func aSurveysItemsAfterARuleAndRadioButtonsALineEach() {
        let coded = Letters.code(
            """
            SmartSurvey - Individual response export

            ------------------------------------------------------------------
            Question 1 of 9
            Name of your organisation (or your name if responding as an individual)

            Vale Carers Network

            Question 3 of 9
            Which of these best describes you?

            ( ) Individual / member of the public
            ( ) Local authority
            (o) Voluntary, community or social enterprise organisation

            Question 4 of 9
            Do you agree that giving ICSs a statutory footing from 2022, alongside other legislative proposals, \
            provides the right foundation for the NHS over the next decade?

            Agree
            """)
        #expect(coded.response.respondent == "Vale Carers Network")
        #expect(coded.response.type == "voluntary-sector")
    }

    @Test func aNameGivenWithAPostcodeAndAnAnswerLabelledAnswer() {
        let coded = Letters.code(
            """
            SmartSurvey - Individual response export

            Question 1 of 8
            Your name and the first part of your postcode
            Emmanuel Example, SE34

            Question 2 of 8
            Are you responding as...
            Answer: An individual / member of the public

            Question 3 of 8
            Do you agree that giving ICSs a statutory footing from 2022, alongside other legislative proposals, \
            provides the right foundation for the NHS over the next decade?
            Answer: Disagree
            """)
        #expect(coded.response.respondent == "Emmanuel Example")
        #expect(coded.response.type == "public")
        #expect(
            RespondentGuesser(questionnaire: Letters.questionnaire).type(named: "Keep Coldharbour NHS Public")
                == "other")
    }

    @Test func aFormsHeadingNamesWhoRanItNotTheRespondent() {
        let coded = Letters.code(
            """
            Have your say - Westshire Health and Care Partnership
            Response submitted: 4 January 2021 20:15

            What is your name?
            Dawn Example

            Q3. Do you agree that giving ICSs a statutory footing from 2022, alongside other legislative proposals, \
            provides the right foundation for the NHS over the next decade?
            (•) Disagree
            """)
        #expect(coded.response.respondent == "Dawn Example")
        #expect(coded.response.type == "public")
    }

    @Test func networksInTheLetterheadAndADoctorsTitle() {
        let networks = Letters.code(
            "HARNHAM AND PELSBY PRIMARY CARE NETWORKS\nc/o The Old Forge Surgery\n\nDear colleagues,\n\nWe agree.\n\n"
                + "Yours sincerely,\n\nDr A Example, Clinical Director, Harnham North PCN\n")
        #expect(networks.response.respondent == "Harnham and Pelsby Primary Care Networks")
        #expect(networks.response.type == "primary-care")
        let doctor = Letters.code("Dear Sir,\n\nI agree.\n\nYours faithfully,\n\nDr Rosalind Example\n")
        #expect(doctor.response.respondent == "Rosalind Example")
    }

    @Test func readsTheOrganisationFromTheSendersName() {
        let letter = LetterText(
            source: "a.eml", format: .email, text: "Dear all,\n\nWe agree.\n\nThanks,\nMarcus",
            senderName: "Marcus Example (Healthwatch Westshire)", senderAddress: "marcus@example.org")
        let response = LetterCoder(questionnaire: Letters.questionnaire).code(letter).response
        #expect(response.respondent == "Healthwatch Westshire")
        #expect(response.contact == "marcus@example.org")
    }

    @Test func aPersonWithNoOrganisationIsAMemberOfThePublic() {
        let coded = Letters.code(
            "12 Long Lane\nAshby\n\n3rd January 2021\n\nDear Sir,\n\nPlease keep our hospital open.\n\nYours sincerely,\n\nMary Example (Mrs)\n"
        )
        #expect(coded.response.respondent == "Mary Example")
        #expect(coded.response.type == "public")
        #expect(coded.response.submitted == Day(year: 2021, month: 1, day: 3))
    }

    @Test func aLetterThatSaysNothingAboutItsSenderIsUnknown() {
        let coded = Letters.code("please keep the hospital open", source: "Letters/scan-17.txt")
        #expect(coded.response.respondent == "Unknown respondent (scan-17.txt)")
        #expect(coded.response.type == "other")
        #expect(coded.guessed == ["respondent", "type"])
        #expect(coded.markdown.contains("<!-- Guessed from the letter, please check: respondent, type. -->"))
    }

    @Test func givenValuesWinAndAreNotMarkedGuessed() {
        let letter = LetterText(source: "a.txt", format: .text, text: Letters.letter("We agree."))
        let coded = LetterCoder(questionnaire: Letters.questionnaire).code(
            letter,
            known: LetterCoder.Known(respondent: "Hackney Council", type: "local-authority", place: "city-and-hackney"))
        #expect(coded.response.respondent == "Hackney Council")
        #expect(coded.response.type == "local-authority")
        #expect(coded.response.place == "city-and-hackney")
        #expect(coded.guessed == [])
    }

    @Test func findsAPlaceOfTheQuestionnaireInTheLetterhead() {
        let coded = Letters.code(
            "London Borough of Tower Hamlets\nTown Hall\n\nDear Sir,\n\nWe agree.\n\nYours faithfully,\n\nA Person\n")
        #expect(coded.response.place == "tower-hamlets")
        #expect(coded.response.type == "local-authority")
        #expect(coded.guessed.contains("place"))
    }

    @Test(arguments: [
        ("4 January 2021", "2021-01-04"),
        ("04/01/2021", "2021-01-04"),
        ("28th December 2020", "2020-12-28"),
        ("Monday, January 4, 2021 at 5:58 PM", "2021-01-04"),
        ("Thu 31/12/2020 12:20", "2020-12-31"),
        ("Wednesday, 30 December 2020 21:47", "2020-12-30"),
        ("5 Jan 2021 19:06", "2021-01-05"),
    ])
    func readsDatesAsLettersWriteThem(line: String, expected: String) {
        #expect(LetterDate.standalone(line)?.description == expected)
    }

    @Test func aDateInASentenceIsNotTheLettersDate() {
        #expect(LetterDate.standalone("The Board met on 4 January 2021 to agree this response.") == nil)
    }

    /// A name that says only "Partnership" is typed by what the letter says the body is.
    @Test(arguments: [
        (["Wexcombe Health Partnership", "GP Federation for Wexcombe and the Upper Elm Valley"], nil, "primary-care"),
        (["Chair, Teyford Health Partnership (GP Federation)"], nil, "primary-care"),
        ([], "Teyford Health Partnership is the GP federation for the 17 practices in Teyford.", "primary-care"),
        ([], "Teyford Health Partnership is a partnership of NHS bodies and councils.", "ics"),
    ])
    func aPartnershipIsTypedByWhatTheLetterSaysItIs(lines: [String], opening: String?, type: String) {
        let guesser = RespondentGuesser(questionnaire: Letters.questionnaire)
        let name =
            lines.first?.contains("Wexcombe") == true ? "Wexcombe Health Partnership" : "Teyford Health Partnership"
        #expect(guesser.type(named: name, about: lines, opening: opening) == type)
    }

    /// A name with no type of its own keeps "other", whatever its strapline: a research charity is not the
    /// voluntary sector in the labels' sense.
    @Test func aGlossDoesNotTypeANameWithoutOne() {
        let guesser = RespondentGuesser(questionnaire: Letters.questionnaire)
        let lines = ["The Centre for Place-Based Health", "An independent research charity"]
        #expect(guesser.type(named: "The Centre for Place-Based Health", about: lines) == "other")
    }
}
