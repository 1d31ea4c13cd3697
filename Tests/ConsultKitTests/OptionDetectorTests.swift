import Testing

@testable import ConsultKit

@Suite struct OptionDetectorTests {
    @Test(arguments: [
        ("We strongly support Option 2.", "option-2"),
        ("Our preference is for option one.", "option-1"),
        ("The Board favours the first option.", "option-1"),
        ("We would prefer ICSs to become a statutory joint committee rather than a corporate NHS body.", "option-1"),
        ("We support a single statutory ICS body that takes on the functions of the CCG.", "option-2"),
        ("Option 1 is our preference.", "option-1"),
        ("Of the two models, I think the second one makes more sense.", "option-2"),
        ("We lean towards the statutory corporate NHS body model.", "option-2"),
        ("Between a joint committee and a corporate NHS body, we would choose the latter.", "option-2"),
        ("In our view Option 1 is the right model for Ashby.", "option-1"),
    ])
    func readsThePreferredOption(sentence: String, expected: String) {
        #expect(Letters.choice(Letters.letter(sentence), "option") == expected)
    }

    @Test func aReportedPreferenceIsNotTheWriters() {
        let text = Letters.letter(
            """
            The consultation document has a clear preference for option two, and NHS England prefers it.

            We do not share that preference. We support ICSs becoming a statutory joint committee.
            """)
        #expect(Letters.choice(text, "option") == "option-1")
    }

    @Test(arguments: [
        "NHS England's preferred option is Option 2.",
        "Option 2 is preferred by NHS England and NHS Improvement.",
        "Some partners preferred Option 1, while others favoured Option 2.",
        "Our ICS will back Option 2.",
        "Members were told that the system's response will state a preference for the second option.",
        "The preferred option in the consultation document is Option 2.",
        "NHSE/I's stated preference is Option 2.",
    ])
    func reportsAloneStateNoPreference(sentence: String) {
        #expect(Letters.choice(Letters.letter(sentence), "option") == nil)
    }

    @Test(arguments: [
        ("Members were unanimous in preferring Option 1.", "option-1"),
        (
            "On balance, therefore, we favour the second model, the ICS body that takes on the CCG's functions.",
            "option-2"
        ),
        ("Of the two ideas, I would go for the committee one, where the hospitals keep their own boards.", "option-1"),
        ("Our preference is for the model which keeps individual organisations' duties and autonomy.", "option-1"),
    ])
    func readsPreferencesPutInOtherWords(sentence: String, expected: String) {
        #expect(Letters.choice(Letters.letter(sentence), "option") == expected)
    }

    /// A preference whose object is something else, with an option's words further on, prefers no option.
    @Test(arguments: [
        "The Council supports in principle the transfer or delegation of services currently commissioned by NHS England to ICS bodies.",
        "On membership, we would support a permissive approach, provided that primary care is represented on the ICS board.",
    ])
    func anOptionsWordsFurtherOnAreNotWhatIsPreferred(sentence: String) {
        #expect(Letters.choice(Letters.letter(sentence), "option") == nil)
    }

    /// Another body's board is not the writer, even in a letter from a board or council.
    @Test func anotherBodysBoardIsReported() {
        let text = Letters.letter(
            """
            We understand that the ICS board will recommend Option 2, and the acute trust representatives favour it too. The Council does not share that view.

            Of the two models, we favour the first: a statutory committee with an accountable officer.
            """)
        #expect(Letters.choice(text, "option") == "option-1")
    }

    @Test(arguments: [
        "The Board's preferred model is a mandatory statutory board, established as a joint committee of the partner organisations.",
        "The consultation sets out a corporate NHS body and a joint committee. On balance, our Board favours the latter.",
    ])
    func readsADescribedOrRelativeModel(text: String) {
        #expect(Letters.choice(Letters.letter(text), "option") == "option-1")
    }

    @Test func theModelWeSupportIsTheOptionNamedBeforeIt() {
        let text = Letters.letter(
            """
            We see limited value in a mandatory joint committee that leaves commissioning where it is. The alternative, a statutory ICS body that takes on the CCG's functions, is the model we support.
            """)
        #expect(Letters.choice(text, "option") == "option-2")
        // Supporting a model is not agreeing with a question.
        #expect(Letters.choice(text, "q1") == nil)
        #expect(Letters.choice(text, "q2") == nil)
    }

    @Test func theAlternativeAnswersAnOptionNamedEarlier() {
        let text = Letters.letter(
            """
            The consultation document makes the case for Option 2 at length.

            Having weighed it carefully, the Board prefers the alternative.
            """)
        #expect(Letters.choice(text, "option") == "option-1")
    }

    @Test func aClauseAfterASemicolonIsTheWritersOwn() {
        let text = Letters.letter(
            "We were told that Option 2 offers greater incentive for collaboration; we are not convinced.")
        #expect(Letters.choice(text, "q2") == "disagree")
    }

    @Test func theAlternativeIsTheOtherOption() {
        let text = Letters.letter(
            "NHS England favours Option 2. We are not persuaded by it and prefer the alternative.")
        #expect(Letters.choice(text, "option") == "option-1")
    }

    @Test(arguments: [
        "We support neither of the two options.",
        "The Federation cannot support either option as drafted.",
        "We reject both models.",
        "We cannot support Option 1 or Option 2.",
        "We are not convinced that either model would work here.",
    ])
    func rejectingBothIsNeither(sentence: String) {
        #expect(Letters.choice(Letters.letter(sentence), "option") == "neither")
    }

    @Test func aForcedChoiceBeatsRejectingBoth() throws {
        let text = Letters.letter(
            "We do not believe either option will help. If we are forced to choose, we would reluctantly favour Option 1."
        )
        let answer = try #require(Letters.answer(text, "option"))
        #expect(answer.choice == "option-1")
        #expect(answer.confidence == .medium)
    }

    @Test(arguments: [
        "We have no preference between the two options.",
        "The Board did not reach a collective view on which model to recommend.",
        "We do not support Option 2.",
        "In favour of the committee model, members noted its simplicity. Against it, members noted the lack of a budget.",
    ])
    func noPreferenceIsNotStated(sentence: String) {
        #expect(Letters.choice(Letters.letter(sentence), "option") == nil)
    }

    @Test func anExplicitPreferenceIsHighConfidenceWithItsSentenceAsEvidence() throws {
        let answer = try #require(Letters.answer(Letters.letter("We strongly support Option 2."), "option"))
        #expect(answer.confidence == .high)
        #expect(answer.inferred)
        #expect(answer.evidence == ["We strongly support Option 2."])
    }

    @Test func aDescriptionIsNeverHighConfidence() throws {
        let answer = try #require(
            Letters.answer(Letters.letter("Our preference is for a statutory joint committee."), "option"))
        #expect(answer.choice == "option-1")
        #expect(answer.confidence == .medium)
    }
}
