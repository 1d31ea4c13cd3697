import Testing

@testable import ConsultKit

@Suite struct StanceDetectorTests {
    @Test(arguments: [
        ("We agree that ICSs should be put on a statutory footing from 2022.", "agree"),
        ("We strongly agree that giving ICSs a statutory footing provides the right foundation.", "strongly-agree"),
        ("We do not agree that a statutory footing from 2022 is the right foundation.", "disagree"),
        ("The Council cannot agree that legislating for ICSs from 2022 provides the right foundation.", "disagree"),
        ("We do not think that a statutory footing from 2022 is the right foundation for the NHS.", "disagree"),
        ("Putting ICSs into law from 2022 is premature while the pandemic continues.", "disagree"),
        ("We neither agree nor disagree that ICSs need a statutory footing from 2022.", "neutral"),
        ("The Board has no view on whether ICSs should have a statutory footing from 2022.", "neutral"),
        ("We do not have a view on a statutory footing from 2022.", "neutral"),
        ("A statutory footing from 2022 makes sense to us.", "agree"),
        ("We welcome the proposal to give ICSs a statutory footing from 2022.", "agree"),
    ])
    func readsTheSideOnAQuestion(sentence: String, expected: String) {
        #expect(Letters.choice(Letters.letter(sentence), "q1") == expected)
    }

    /// A plain "yes" or "no" after an opening word, a topic or "our answer is", and answers that do not use the word
    /// "agree". `conditional` is checked where it is given. "The right foundation is …" says what would be right
    /// instead; it does not agree.
    @Test(
        arguments: [
            (
                "First, yes, I think these integrated care systems should be put on a proper legal footing from 2022.",
                "q1", "agree", nil
            ),
            (
                "Do we think putting ICSs on a statutory footing in 2022 is the right foundation for the NHS for the next "
                    + "ten years? No. The right foundation is staff, beds and funding.", "q1", "disagree", nil
            ),
            (
                "On statutory footing from 2022 - yes, as long as the legislation leaves real discretion at place level.",
                "q1", "agree", true
            ),
            (
                "So on commissioning (your fourth question) our answer is a straightforward yes. Community services "
                    + "would gain most.", "q4", "agree", nil
            ),
            (
                "On the transfer of dental services from NHS England: I am all for it, as long as there is somebody local "
                    + "I can write to.", "q4", "agree", nil
            ),
            // A dentist and a chemist, named as such, are the fourth question's services.
            (
                "I cannot find an NHS dentist and the chemists keep running out. I support the dentists and the chemists "
                    + "being organised by people who know the town.", "q4", "agree", nil
            ),
            (
                "On membership we are in agreement with you. Our voluntary sector and the universities have earned a "
                    + "place at the table.", "q3", "agree", nil
            ),
            (
                "Beyond the NHS bodies and councils whose participation is mandatory, each system should settle its own "
                    + "membership.", "q3", "agree", nil
            ),
            (
                "We're relaxed about systems designing their own membership, on one condition: PCN clinical directors "
                    + "need a guaranteed route onto the board. If that's in place, local flexibility is fine by us.",
                "q3",
                "agree", true
            ),
            // Cues a paragraph about membership of ICS boards carries, beside its one "membership".
            (
                "We agree that membership of ICS boards, beyond the compulsory NHS and council members, should be shaped "
                    + "locally, provided that local Healthwatch is guaranteed a seat.", "q3", "agree", true
            ),
            // From holdout48: "see no case for" disagrees, and "practice resilience support must stay …" is a noun,
            // not the writer supporting the transfer; "that support is contingent on …" is the writer's.
            (
                "We see no case for transferring or delegating any of NHS England's direct commissioning to ICS bodies "
                    + "at this stage. The national contract, the performers list and practice resilience support must "
                    + "stay in national hands.", "q4", "disagree", nil
            ),
            (
                "We would support the transfer of NHS England's directly commissioned services to ICS bodies. That "
                    + "support is contingent on the specialist commissioning staff moving with them.", "q4", "agree",
                true
            ),
        ] as [(String, String, String, Bool?)])
    func aYesOrNoWithoutTheWordAgree(text: String, question: String, expected: String, conditional: Bool?) {
        let letter = Letters.letter(text)
        #expect(Letters.choice(letter, question) == expected)
        if let conditional { #expect(Letters.answer(letter, question)?.conditional == conditional) }
    }

    @Test func noViewOnTheOptionsUnderAnotherQuestionLeavesItsAnswer() {
        let text = Letters.letter(
            """
            The third question asks whether membership should be permissive enough for each system to shape its own \
            governance. We would support permissive membership if, and only if, unpaid carers are brought in under it.

            We have not commented on the other questions, and we have no view to offer on the choice between the two \
            legislative options.
            """)
        #expect(Letters.choice(text, "q3") == "agree")
        #expect(Letters.answer(text, "q3")?.conditional == true)
    }

    @Test func servicesNHSEnglandBuysAreTheFourthQuestion() {
        let text = Letters.letter(
            "I also think it makes sense for the services NHS England buys directly to be run locally.")
        #expect(Letters.choice(text, "q4") == "agree")
    }

    @Test func doubtingTheOppositeArgumentIsNotDisagreement() {
        let text = Letters.letter(
            "We neither agree nor disagree with the proposition in the second question. Equally, we are not convinced by "
                + "the opposite argument, that each organisation's ability to say no is essential to collaboration.")
        #expect(Letters.choice(text, "q2") == "neutral")
    }

    @Test func aConditionThatNamesTheAgreementItQualifies() {
        let text = Letters.letter(
            "I agree that systems should be free to decide who else sits around the table. Ambridge Vale is a large "
                + "rural county. My agreement is, however, provided that the Director of Public Health is named in "
                + "legislation as a member of the ICS board.")
        #expect(Letters.choice(text, "q3") == "agree")
        #expect(Letters.answer(text, "q3")?.conditional == true)
    }

    @Test func yesOrNoAfterNamingTheQuestion() {
        let yes = Letters.letter(
            "On the last question, yes: I would like to see NHS England's specialised services handed to the ICS.")
        #expect(Letters.choice(yes, "q4") == "agree")
        let neutral = Letters.letter(
            "On whether NHS England's services should be handed over to ICSs, we have no view either way.")
        #expect(Letters.choice(neutral, "q4") == "neutral")
    }

    /// "the specialised, dental, community pharmacy and optometry services" is about q4 though it never says
    /// "specialised services".
    @Test func servicesNamedOneByOneAreTheFourthQuestion() {
        let text = Letters.letter(
            "We agree that the specialised, dental, community pharmacy and optometry services now commissioned "
                + "directly by NHS England should come to the new body.")
        #expect(Letters.choice(text, "q4") == "agree")
    }

    @Test func aDividedCommitteeReportsItsMembersViews() {
        let text = Letters.letter(
            "Members were divided on the first question, some regarding legislation as overdue and others as a "
                + "distraction during the pandemic, and the Committee has made no response to it.")
        #expect(Letters.choice(text, "q1") == nil)
    }

    @Test func aFormNumberBeforeYesOrNoAndADoubtAboutBothModels() {
        let no = Letters.letter("Q2 - No. Option 2 removes the only real check left in the system.")
        #expect(Letters.choice(no, "q2") == "disagree")
        let neutral = Letters.letter(
            "For the same reason, we neither agree nor disagree that option 2 offers greater incentive for "
                + "collaboration. The incentive to collaborate has come from relationships, and we aren't convinced that "
                + "either model would change that much in itself.")
        #expect(Letters.choice(neutral, "q2") == "neutral")
    }

    @Test func aParagraphThatOpensWithItsTopicAfterFirst() {
        let text = Letters.letter(
            "First, on the transfer of services that NHS England currently commissions. We don't agree with this, at "
                + "least not on anything like the timescale proposed. A brand-new organisation, still deciding who sits "
                + "on its board, is not ready for them.")
        #expect(Letters.choice(text, "q4") == "disagree")
        #expect(Letters.choice(text, "q3") == nil)
    }

    @Test func negationReversesSupport() {
        let text = Letters.letter(
            "We do not support transferring or delegating services commissioned by NHS England to ICS bodies.")
        #expect(Letters.choice(text, "q4") == "disagree")
        #expect(Letters.choice(text, "option") == nil)
    }

    @Test func norAgreeIsDisagreement() {
        let text = Letters.letter(
            "Nor do we agree that, beyond the NHS bodies and local authorities, membership should be left for each system to decide."
        )
        #expect(Letters.choice(text, "q3") == "disagree")
    }

    @Test(arguments: [
        "We agree that membership should be permissive, provided that carers are represented.",
        "We can agree to permissive membership only if the voluntary sector has a seat at the table.",
        "Permissive membership is sensible, but there needs to be a guaranteed place for Healthwatch on the board.",
        "We agree that systems should shape their own membership, as long as primary care is included.",
        "We agree that each system should decide its own membership, subject to national guidance setting a minimum.",
    ])
    func conditionsAreMarked(sentence: String) throws {
        let answer = try #require(Letters.answer(Letters.letter(sentence), "q3"))
        #expect(answer.choice == "agree")
        #expect(answer.conditional)
        #expect(answer.evidence.contains(sentence))
    }

    @Test func agreementInPrincipleIsNotConditional() throws {
        let answer = try #require(
            Letters.answer(
                Letters.letter("We agree in principle that ICSs should have a statutory footing from 2022."), "q1"))
        #expect(answer.choice == "agree")
        #expect(!answer.conditional)
        #expect(answer.confidence == .medium)
    }

    @Test func theQuestionsOwnWordingIsNotACondition() throws {
        let text = Letters.letter(
            "We agree, subject to appropriate safeguards, that services currently commissioned by NHS England should be transferred or delegated to ICS bodies."
        )
        let answer = try #require(Letters.answer(text, "q4"))
        #expect(answer.choice == "agree")
        #expect(!answer.conditional)
    }

    /// "Dependent on" conditions the writer's agreement only when it is said of it; said of what a model would do,
    /// it is part of the reasons.
    @Test func dependenceOnOthersIsNotACondition() throws {
        let described = try #require(
            Letters.answer(
                Letters.letter(
                    "On the permissive membership question, we agree. A national list would leave the voluntary "
                        + "sector dependent on the goodwill of a dozen separate organisations."), "q3"))
        #expect(described.choice == "agree")
        #expect(!described.conditional)
        let stated = try #require(
            Letters.answer(
                Letters.letter(
                    "We agree that membership should be permissive. Our agreement is dependent on a guaranteed seat "
                        + "for the voluntary sector."), "q3"))
        #expect(stated.choice == "agree")
        #expect(stated.conditional)
    }

    @Test func otherPeoplesViewsAreNotTheWriters() {
        let text = Letters.letter(
            """
            Some partners felt that a statutory footing from 2022 is the right foundation.

            NHS England argues that giving ICSs a statutory footing from 2022 is sensible.
            """)
        #expect(Letters.choice(text, "q1") == nil)
    }

    @Test func aLetterThatTakesNoSideLeavesEveryAnswerEmpty() {
        let coded = Letters.code(
            Letters.letter(
                """
                I have lived here all my life and I want to be able to see my doctor.

                Please hold a public meeting in the village hall so that we can ask questions.
                """))
        for question in ["q1", "q2", "q3", "q4", "option"] {
            #expect(coded.response.answers[question]?.choice == nil, "\(question)")
        }
        #expect(coded.response.answers["comments"]?.text.contains("village hall") == true)
    }

    @Test func suppositionsAreNotPositions() {
        let text = Letters.letter(
            "If the duty to involve the public is lost, we would not support a statutory footing from 2022.")
        #expect(Letters.choice(text, "q1") == nil)
    }

    @Test func conflictingSidesAreLeftUnstated() {
        let text = Letters.letter(
            """
            We agree that ICSs should have a statutory footing from 2022.

            We disagree that a statutory footing from 2022 is the right foundation for the next decade.
            """)
        #expect(Letters.choice(text, "q1") == nil)
    }
}

extension StanceDetectorTests {
    /// A procedure, a question, a decision ("agreed not to state a preference") and a preference between the models
    /// ("our support for the model") take no side.
    @Test(arguments: [
        ("The Board agreed this response on giving ICSs a statutory footing from 2022 at its December meeting.", "q1"),
        ("The consultation asks whether we agree that ICSs should have a statutory footing from 2022.", "q1"),
        ("Do you agree that giving ICSs a statutory footing from 2022 provides the right foundation?", "q1"),
        (
            "Given that division, the Board has agreed not to state a preference between the two models, and we make "
                + "no response to the second question.", "q2"
        ),
        (
            "We have not tried to answer question 2 as it is framed, and our support for the model does not rest on "
                + "it.", "q2"
        ),
    ])
    func proceduresAndQuestionsAreNotSides(sentence: String, question: String) {
        #expect(Letters.choice(Letters.letter(sentence), question) == nil)
    }

    @Test func beingAgainstIsDisagreeing() {
        let text = Letters.letter(
            "And I'm against moving the services NHS England commissions now, like heart surgery, down to the ICS.")
        #expect(Letters.choice(text, "q4") == "disagree")
    }

    /// Read wrongly or not at all before the holdout6 and holdout7 fixes.
    @Test(arguments: [
        (
            "The Board records a neutral response to the question of whether Option 2 offers greater incentive for "
                + "collaboration and clearer accountability: we can see arguments either way and our members do not agree.",
            "neutral"
        ),
        (
            "We neither accept nor reject the proposition that Option 2 offers greater incentive for collaboration.",
            "neutral"
        ),
        (
            "The Board does not share the view, at paragraph 3.26 of the document, that the corporate NHS body would "
                + "provide a greater incentive to collaborate or clearer accountability.", "disagree"
        ),
        (
            "We do not accept the consultation's argument that a new NHS body would give partners more reason to "
                + "collaborate or make accountability clearer.", "disagree"
        ),
        ("On the second question, our answer is no.", "disagree"),
    ])
    func readsNeutralResponsesAndSharedViews(sentence: String, expected: String) {
        #expect(Letters.choice(Letters.letter(sentence), "q2") == expected)
    }

    /// Read wrongly or not at all before the holdout8 and holdout9 fixes.
    @Test(arguments: [
        ("We therefore agree with the second consultation question.", "agree"),
        (
            "We reject in particular the suggestion that Option 2 gives organisations a greater incentive to "
                + "collaborate or makes accountability clearer.", "disagree"
        ),
        (
            "We dispute in particular the claim in question 2 that Option 2 gives greater incentive to collaborate.",
            "disagree"
        ),
        ("We do not believe Option 2 would give partners a stronger reason to collaborate.", "disagree"),
        (
            "The claim that it brings clearer accountability to Parliament and to patients is, in our view, unproven.",
            "disagree"
        ),
        (
            "On question 2 the Council's position is a neutral one: we neither endorse nor dispute the claim that "
                + "Option 2 gives a stronger incentive for collaboration.", "neutral"
        ),
        (
            "We agree with the consultation that a single statutory body gives organisations a stronger reason to plan "
                + "together, and makes it easier for Parliament to see who is responsible for what.", "agree"
        ),
    ])
    func readsOrdinalQuestionsDisputesAndDoubtedClaims(sentence: String, expected: String) {
        #expect(Letters.choice(Letters.letter(sentence), "q2") == expected)
    }

    /// Read wrongly or not at all before the holdout10 and holdout11 fixes.
    @Test(arguments: [
        (
            "We have read the argument that the corporate body would give organisations more reason to collaborate "
                + "and make it clearer who is accountable. Our members do not recognise it.", "disagree"
        ),
        (
            "The consultation argues that Option 2 would give organisations a stronger incentive to work together. "
                + "We do not think the document makes that case.", "disagree"
        ),
        (
            "We believe a single statutory body would give practices, trusts and the council a much stronger reason "
                + "to plan together, and would make it plain who answers for outcomes.", "agree"
        ),
        (
            "We do not believe that replacing the CCG with a single corporate NHS body will make partners any more "
                + "inclined to work together.", "disagree"
        ),
    ])
    func readsRecognitionCasesMadeAndClaimsBelieved(sentence: String, expected: String) {
        #expect(Letters.choice(Letters.letter(sentence), "q2") == expected)
    }

    /// Read wrongly or not at all before the holdout12 and holdout13 fixes.
    @Test(arguments: [
        (
            "The document says a statutory NHS body would encourage collaboration and make accountability clearer. "
                + "We are not convinced.", "disagree"
        ),
        (
            "Nor are we persuaded by the argument that a statutory ICS body with no partner veto will create a "
                + "stronger incentive to work together.", "disagree"
        ),
        (
            "But we are not persuaded that taking away each partner's ability to say no will, of itself, make anyone "
                + "collaborate more.", "disagree"
        ),
        ("We are less persuaded by the argument made for the corporate NHS body.", "disagree"),
    ])
    func readsShortAnswersAndBeingPersuaded(sentence: String, expected: String) {
        #expect(Letters.choice(Letters.letter(sentence), "q2") == expected)
    }

    /// Read wrongly or not at all before the holdout14 and holdout15 fixes.
    @Test(arguments: [
        (
            "We think the corporate model can give providers a stronger reason to collaborate and can make it clearer "
                + "who is accountable for what.", "agree"
        ),
        (
            "We do not think the evidence supports the claim that Option 2 would give organisations a stronger "
                + "incentive to collaborate.", "disagree"
        ),
        ("We do not believe the second option would do anything to encourage collaboration.", "disagree"),
    ])
    func readsClaimsThatCanOrCannotBeMade(sentence: String, expected: String) {
        #expect(Letters.choice(Letters.letter(sentence), "q2") == expected)
    }

    @Test func offeringNoViewIsNotANeutralView() {
        let text = Letters.letter(
            "The transfer of NHS England's commissioning functions lies outside the scope of our research, and we "
                + "offer no view on it.")
        #expect(Letters.choice(text, "q4") == nil)
        let neutral = Letters.letter("We have no view on the transfer of NHS England's commissioning functions.")
        #expect(Letters.choice(neutral, "q4") == "neutral")
    }

    @Test func itShouldBeUpToEachSystemIsAgreeingOnMembership() {
        let text = Letters.letter(
            "Beyond the NHS bodies and councils, it should be up to each system to decide who sits round the table.")
        #expect(Letters.choice(text, "q3") == "agree")
        let reported = Letters.letter(
            "The consultation says that membership beyond the mandatory members should be up to each system.")
        #expect(Letters.choice(reported, "q3") == nil)
    }

    @Test func aParagraphThatOpensWithItsTopicIsAboutIt() {
        let content = Letters.letter(
            "We are content for services now commissioned by NHS England to be delegated to the ICS.")
        #expect(Letters.choice(content, "q4") == "agree")
        let neutral = Letters.letter(
            "On the wider membership of ICS boards beyond NHS bodies and councils, the Committee has no view either way."
        )
        #expect(Letters.choice(neutral, "q3") == "neutral")
        let agree = Letters.letter(
            "On membership: yes, we agree that beyond the NHS and the councils it should be left to systems.")
        #expect(Letters.choice(agree, "q3") == "agree")
    }

    @Test func anAnswerToTheLettersOwnQuestionTakesItsTopic() throws {
        let text = Letters.letter(
            "The two models\n\nOn balance we lean towards the statutory NHS body. Would that model strengthen the "
                + "incentive to collaborate and make it clearer who is accountable, to Parliament and to patients? Our "
                + "answer is yes, provided two things hold.")
        let answer = try #require(Letters.answer(text, "q2"))
        #expect(answer.choice == "agree")
        #expect(answer.conditional)
    }

    @Test func whatTheLawDoesNotRecogniseIsNoSide() {
        let text = Letters.letter(
            "We agree that ICSs should have a statutory footing from 2022. The present position, in which systems "
                + "take collective decisions that the law does not recognise, has produced fragile governance.")
        #expect(Letters.choice(text, "q1") == "agree")
    }

    @Test func supportThatIsConditionalAndServicesNHSEnglandPaysFor() throws {
        let footing = try #require(
            Letters.answer(
                Letters.letter(
                    "We can support the principle of giving integrated care systems a statutory footing from 2022, but "
                        + "our support is conditional."), "q1"))
        #expect(footing.choice == "agree")
        #expect(footing.conditional)
        let services = Letters.letter(
            "I also don't agree with moving the services NHS England pays for now, the specialist ones, down to "
                + "these new local bodies.")
        #expect(Letters.choice(services, "q4") == "disagree")
    }

    @Test func doubtingTheEvidenceIsNotDisagreeing() {
        let text = Letters.letter(
            "We have left the second question unanswered: we do not think the document gives the public enough "
                + "information to judge which model would be more accountable to patients.")
        #expect(Letters.choice(text, "q2") == nil)
    }

    @Test func aConditionAfterADashMakesAgreementConditional() throws {
        let text = Letters.letter(
            "On membership, we agree that systems should be free to shape their governance beyond the mandatory "
                + "members — provided every ICS board includes Healthwatch as a full member.")
        let answer = try #require(Letters.answer(text, "q3"))
        #expect(answer.choice == "agree")
        #expect(answer.conditional)
    }

    @Test func noStrongFeelingsIsNeutral() {
        let text = Letters.letter(
            "As for who else sits on the boards beyond the NHS and the councils, I have no strong feelings either way.")
        #expect(Letters.choice(text, "q3") == "neutral")
    }

    @Test func whatTheWriterHeardIsReported() {
        let text = Letters.letter(
            "The Committee heard that the document sets out NHS England's preference for Option 2, and that the "
                + "response being prepared by the Aldermoor and Westbridge partnership is expected to support it.")
        #expect(Letters.choice(text, "q2") == nil)
    }

    @Test func membersDisagreeingAmongThemselvesTakeNoSide() {
        let text = Letters.letter(
            "On whether Option 2 offers greater incentive for collaboration and clearer accountability, our members do not agree."
        )
        #expect(Letters.choice(text, "q2") == nil)
    }

    @Test func noHesitationIsNotANegation() {
        let text = Letters.letter(
            "The Council has no hesitation to support a statutory footing for ICSs from 2022.")
        #expect(Letters.choice(text, "q1") == "agree")
        let option = Letters.letter(
            "The statutory ICS body would bring the CCG's functions together.\n\nWe have no hesitation in supporting it."
        )
        #expect(Letters.choice(option, "option") != "option-1")
    }

    @Test func aPronounTakesTheTopicOfTheSentenceBefore() {
        let text = Letters.letter(
            """
            The part I feel most strongly about is the plan to hand the services NHS England pays for over to the new ICS bodies. I do not agree with it.
            """)
        #expect(Letters.choice(text, "q4") == "disagree")
    }

    @Test(
        arguments: [
            ("Members were not convinced either way that a change in the law will make a difference.", "neutral"),
            ("Please accept this e-mail as our response. We have not responded on the statutory footing.", nil),
            (
                "We have no view on whether membership should be permissive. Our evidence does not support a view either way.",
                "neutral"
            ),
        ] as [(String, String?)])
    func readsWhatIsNotASide(sentence: String, expected: String?) {
        let question = sentence.contains("membership") ? "q3" : "q1"
        #expect(Letters.choice(Letters.letter(sentence), question) == expected)
    }

    @Test func agreementCountsWhereTheSentenceNamesTheQuestionEvenUnderAnotherHeading() {
        let text = Letters.letter(
            """
            Membership

            We agree that each system should shape its own membership. We also agree that ICSs should have a statutory footing from 2022.
            """)
        let response = Letters.code(text).response
        #expect(response.answers["q3"]?.choice == "agree")
        #expect(response.answers["q1"]?.choice == "agree")
    }

    /// "Said" passes on someone else's words ("the newsletter said …"), but "that said" is the writer moving on.
    @Test func thatSaidIsTheWritersOwnTurn() {
        let text = Letters.letter(
            "The timetable worries us. That said, we can support giving ICSs a statutory footing from 2022, provided "
                + "that local government is an equal partner.")
        #expect(Letters.choice(text, "q1") == "agree")
        let hearsay = Letters.letter("The CCG newsletter said the practices support giving ICSs a statutory footing.")
        #expect(Letters.choice(hearsay, "q1") == nil)
    }

    /// The second question put in other words, from the blind sets holdout56 to holdout59: who is in charge, where
    /// responsibility lies, shared decisions, bringing partners together.
    @Test(
        arguments: [
            (
                "We were not persuaded by the argument that the second model would bring partners together more "
                    + "effectively or make it clearer to the public who is in charge.",
                "disagree"
            ),
            (
                "We accept that a single corporate NHS body, with one accountable chief executive, is more likely than a "
                    + "committee to draw partners into genuinely shared decisions and to make clear to residents and to "
                    + "Parliament where responsibility lies.",
                "agree"
            ),
            (
                "The claim that a single body without any partner's veto will collaborate more and answer better to "
                    + "patients and Parliament is wishful thinking.",
                "disagree"
            ),
            (
                "Members did not accept that folding the CCG into a larger NHS body would make anyone more accountable "
                    + "to Kelderby residents or give partners a reason to work together.",
                "disagree"
            ),
        ] as [(String, String)])
    func readsTheSecondQuestionInOtherWords(text: String, expected: String) {
        #expect(Letters.choice(Letters.letter(text), "q2") == expected)
    }
}
