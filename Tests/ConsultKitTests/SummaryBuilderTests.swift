import Testing

@testable import ConsultKit

@Suite struct SummaryBuilderTests {
    /// The figures for q1 of the fixture after `responses` are counted.
    private func q1(_ responses: [Response]) throws -> QuestionSummary {
        try #require(Fixture.analysis(responses).summary.questions.first { $0.id == "q1" })
    }

    /// Three councils agree (weight 1), one trust disagrees (1), two members of the public agree (0.5 each).
    private var handComputed: [Response] {
        [
            Fixture.response("Council A", answers: ["q1": "agree"]),
            Fixture.response("Council B", answers: ["q1": "strongly-agree"]),
            Fixture.response("Council C", answers: ["q1": "agree"]),
            Fixture.response("Trust D", type: "trust", answers: ["q1": "disagree"]),
            Fixture.response("Resident", type: "public", source: "e.md", answers: ["q1": "agree"]),
            Fixture.response("Resident", type: "public", source: "f.md", answers: ["q1": "agree"]),
        ]
    }

    @Test func weightsSharesByStakeholderType() throws {
        let summary = try q1(handComputed)
        #expect(summary.counts == ["strongly-agree": 1, "agree": 4, "neutral": 0, "disagree": 1, "dont-know": 0])
        #expect(summary.unanswered == 0)
        // agree: 3 × 1 + 2 × 0.5 = 4; disagree: 1; 4 / 5 = 0.8.
        #expect(summary.shares == ["agree": 0.8, "neutral": 0, "disagree": 0.2])
        #expect(summary.position == "agree")
        #expect(summary.strength == .consensus)
    }

    @Test func unansweredAndSideNoneAreLeftOutOfShares() throws {
        let responses =
            handComputed + [
                Fixture.response("Council G", answers: ["q1": "dont-know"]),
                Fixture.response("Council H", answers: ["q2": "agree"]),
                Fixture.response("Council I", texts: ["q1": "We have views but no answer."]),
            ]
        let summary = try q1(responses)
        #expect(summary.counts == ["strongly-agree": 1, "agree": 4, "neutral": 0, "disagree": 1, "dont-know": 1])
        #expect(summary.unanswered == 2)
        #expect(summary.shares == ["agree": 0.8, "neutral": 0, "disagree": 0.2])
        #expect(summary.strength == .consensus)
    }

    @Test func unrecognisedAnswersAreCountedButCarryNoWeight() throws {
        var odd = Fixture.response("Council J")
        odd.answers["q1"] = Answer(question: "q1", unrecognised: "maybe")
        let summary = try q1([Fixture.response("Council A", answers: ["q1": "agree"]), odd])
        #expect(summary.counts["unrecognised"] == 1)
        #expect(summary.unanswered == 0)
        #expect(summary.shares == ["agree": 1, "neutral": 0, "disagree": 0])
    }

    @Test func exactlyThreeQuartersIsAConsensus() throws {
        let summary = try q1([
            Fixture.response("Council A", answers: ["q1": "agree"]),
            Fixture.response("Council B", answers: ["q1": "agree"]),
            Fixture.response("Council C", answers: ["q1": "strongly-agree"]),
            Fixture.response("Council D", answers: ["q1": "disagree"]),
        ])
        #expect(summary.shares == ["agree": 0.75, "neutral": 0, "disagree": 0.25])
        #expect(summary.position == "agree")
        #expect(summary.strength == .consensus)
    }

    @Test func aWeightedThreeQuartersIsAConsensus() throws {
        // agree: 1 + 0.5 = 1.5; disagree: 0.5; 1.5 / 2 = 0.75.
        let summary = try q1([
            Fixture.response("Council A", answers: ["q1": "agree"]),
            Fixture.response("Resident", type: "public", source: "b.md", answers: ["q1": "agree"]),
            Fixture.response("Resident", type: "public", source: "c.md", answers: ["q1": "disagree"]),
        ])
        #expect(summary.shares == ["agree": 0.75, "neutral": 0, "disagree": 0.25])
        #expect(summary.strength == .consensus)
    }

    @Test func overHalfIsAMajority() throws {
        let summary = try q1([
            Fixture.response("Council A", answers: ["q1": "agree"]),
            Fixture.response("Council B", answers: ["q1": "agree"]),
            Fixture.response("Council C", answers: ["q1": "agree"]),
            Fixture.response("Council D", answers: ["q1": "neutral"]),
            Fixture.response("Council E", answers: ["q1": "disagree"]),
        ])
        #expect(summary.shares == ["agree": 0.6, "neutral": 0.2, "disagree": 0.2])
        #expect(summary.position == "agree")
        #expect(summary.strength == .majority)
    }

    @Test func exactlyHalfIsDivided() throws {
        let summary = try q1([
            Fixture.response("Council A", answers: ["q1": "agree"]),
            Fixture.response("Council B", answers: ["q1": "agree"]),
            Fixture.response("Council C", answers: ["q1": "neutral"]),
            Fixture.response("Council D", answers: ["q1": "disagree"]),
        ])
        #expect(summary.shares == ["agree": 0.5, "neutral": 0.25, "disagree": 0.25])
        #expect(summary.position == "divided")
        #expect(summary.strength == .divided)
    }

    @Test func aWeightedTieIsDivided() throws {
        // agree: one council (1); disagree: two members of the public (0.5 + 0.5).
        let summary = try q1([
            Fixture.response("Council A", answers: ["q1": "agree"]),
            Fixture.response("Resident", type: "public", source: "b.md", answers: ["q1": "disagree"]),
            Fixture.response("Resident", type: "public", source: "c.md", answers: ["q1": "disagree"]),
        ])
        #expect(summary.shares == ["agree": 0.5, "neutral": 0, "disagree": 0.5])
        #expect(summary.position == "divided")
        #expect(summary.strength == .divided)
    }

    @Test func noAnswersMeansNoPosition() throws {
        let summary = try q1([
            Fixture.response("Council A", answers: ["q2": "agree"]),
            Fixture.response("Council B", answers: ["q1": "dont-know"]),
        ])
        #expect(summary.counts == ["strongly-agree": 0, "agree": 0, "neutral": 0, "disagree": 0, "dont-know": 1])
        #expect(summary.unanswered == 1)
        #expect(summary.shares == [:])
        #expect(summary.position == "none")
        #expect(summary.strength == PositionRule.Strength.none)
    }

    @Test func noRespondentsAtAllMeansNoPosition() throws {
        let summary = try q1([])
        #expect(summary.counts == ["strongly-agree": 0, "agree": 0, "neutral": 0, "disagree": 0, "dont-know": 0])
        #expect(summary.unanswered == 0)
        #expect(summary.position == "none")
    }

    @Test func sharesAreRoundedToTwoPlaces() throws {
        let summary = try q1([
            Fixture.response("Council A", answers: ["q1": "agree"]),
            Fixture.response("Council B", answers: ["q1": "agree"]),
            Fixture.response("Council C", answers: ["q1": "disagree"]),
        ])
        #expect(summary.shares == ["agree": 0.67, "neutral": 0, "disagree": 0.33])
        #expect(summary.strength == .majority)
    }

    @Test func optionQuestionsHaveOneSidePerOption() throws {
        let analysis = Fixture.analysis([
            Fixture.response("Council A", answers: ["option": "option-1"]),
            Fixture.response("Council B", answers: ["option": "option-2"]),
            Fixture.response("Council C", answers: ["option": "option-2"]),
            Fixture.response("Council D", answers: ["option": "no-preference"]),
        ])
        let option = try #require(analysis.summary.questions.first { $0.id == "option" })
        #expect(option.counts == ["option-1": 1, "option-2": 2, "no-preference": 1])
        #expect(option.shares == ["option-1": 0.33, "option-2": 0.67])
        #expect(option.position == "option-2")
        #expect(option.strength == .majority)
    }

    @Test func freeTextQuestionsHaveNoFigures() {
        let analysis = Fixture.analysis([Fixture.response("Council A", texts: ["comments": "Thanks."])])
        #expect(analysis.summary.questions.map(\.id) == ["q1", "q2", "option"])
    }

    @Test func countsConditionalAnswersPerSide() throws {
        var conditional = Fixture.response("Council A", answers: ["q1": "agree"])
        conditional.answers["q1"]?.conditional = true
        var another = Fixture.response("Council B", answers: ["q1": "strongly-agree"])
        another.answers["q1"]?.conditional = true
        let summary = try q1([conditional, another, Fixture.response("Council C", answers: ["q1": "disagree"])])
        #expect(summary.conditional == ["agree": 2])
    }

    @Test func breaksDownAnswersByTypeAndPlace() throws {
        let summary = try q1([
            Fixture.response("Council A", place: "north", answers: ["q1": "agree"]),
            Fixture.response("Council B", place: "south", answers: ["q1": "disagree"]),
            Fixture.response("Trust C", type: "trust", place: "north", answers: ["q1": "agree"]),
            Fixture.response("Trust D", type: "trust", answers: ["q1": "neutral"]),
        ])
        #expect(summary.byType == ["council": ["agree": 1, "disagree": 1], "trust": ["agree": 1, "neutral": 1]])
        #expect(
            summary.byPlace == ["north": ["agree": 2], "south": ["disagree": 1], "unspecified": ["neutral": 1]])
    }

    @Test func countsRespondentsByTypeAndPlaceAndLateness() {
        let summary = Fixture.analysis([
            Fixture.response("Council A", place: "north", submitted: "2021-01-04"),
            Fixture.response("Council B", place: "south", submitted: "2021-01-05"),
            Fixture.response("Trust C", type: "trust", submitted: "05/01/2021"),
            Fixture.response("Trust D", type: "trust"),
        ]).summary
        #expect(summary.questionnaire == "test-consultation")
        #expect(summary.respondents == 4)
        #expect(summary.late == 2)
        #expect(summary.byType == ["council": 2, "trust": 2])
        #expect(summary.byPlace == ["north": 1, "south": 1, "unspecified": 2])
    }

    @Test func countsEachRespondentOncePerTheme() throws {
        var response = Fixture.response(
            "Council A", answers: ["q1": "agree"],
            texts: ["q1": "We fear the veto goes. The veto matters.", "comments": "Again: the veto."],
            concerns: ["q2": ["veto", "accountability"]])
        response.answers["q2"]?.choice = "disagree"
        let analysis = Fixture.analysis([
            response,
            Fixture.response("Council B", publish: .no, texts: ["comments": "Keep the veto."]),
            Fixture.response("Resident", type: "public", texts: ["q1": "I worry about the veto."]),
            Fixture.response("Trust C", type: "trust", publish: .anonymous, concerns: ["q1": ["accountability"]]),
        ])
        let themes = analysis.summary.themes
        #expect(themes.map(\.id) == ["veto", "accountability"])
        #expect(themes.map(\.respondents) == [3, 2])
        #expect(themes[0].organisations == ["Council A"])
        #expect(themes[0].unnamed == 2)
        #expect(themes[0].questions == ["q1": 2, "q2": 1, "comments": 2])
        #expect(themes[1].organisations == ["Council A"])
        #expect(themes[1].unnamed == 1)
        #expect(themes[1].questions == ["q2": 1, "q1": 1])
    }

    @Test func themesRaisedEquallyOftenKeepTheQuestionnaireOrder() {
        let analysis = Fixture.analysis([
            Fixture.response("Council A", texts: ["comments": "Social care and the veto, top-down."]),
            Fixture.response("Council B", concerns: ["q1": ["top-down"]]),
        ])
        #expect(analysis.summary.themes.map(\.id) == ["top-down", "veto", "social-care"])
        #expect(analysis.summary.themes.map(\.respondents) == [2, 1, 1])
    }

    @Test func countsUnconfirmedInferredAnswers() {
        var response = Fixture.response("Council A", answers: ["q1": "agree", "q2": "agree"])
        response.answers["q1"]?.inferred = true
        response.answers["q2"]?.inferred = true
        #expect(Fixture.analysis([response]).summary.unconfirmedInferred == 2)
    }
}
