import Testing

@testable import ConsultKit

@Suite struct PositionRuleTests {
    private func position(_ weights: [(String, Double)]) -> (String, PositionRule.Strength, Double) {
        let result = PositionRule.position(weights: weights.map { (side: $0.0, weight: $0.1) })
        return (result.position, result.strength, result.share)
    }

    @Test func aShareOfExactlyThreeQuartersIsAConsensus() {
        let (side, strength, share) = position([("agree", 3), ("neutral", 0), ("disagree", 1)])
        #expect(side == "agree")
        #expect(strength == .consensus)
        #expect(share == 0.75)
    }

    @Test func aShareJustUnderThreeQuartersByRoundingIsStillAConsensus() {
        // 2.1 / 2.8 is 0.7499999999999999 in floating point; the rule must not turn on that last bit.
        let (side, strength, _) = position([("agree", 0.7 + 0.7 + 0.7), ("disagree", 0.7)])
        #expect(side == "agree")
        #expect(strength == .consensus)
    }

    @Test func aShareBelowThreeQuartersButOverHalfIsAMajority() {
        let (side, strength, share) = position([("agree", 0.74), ("disagree", 0.26)])
        #expect(side == "agree")
        #expect(strength == .majority)
        #expect(share == 0.74)
        #expect(position([("agree", 3), ("neutral", 1), ("disagree", 1)]).1 == .majority)
    }

    @Test func aShareOfExactlyHalfIsDivided() {
        let (side, strength, share) = position([("agree", 2), ("neutral", 1), ("disagree", 1)])
        #expect(side == "divided")
        #expect(strength == .divided)
        #expect(share == 0.5)
    }

    @Test func aShareUnderHalfIsDivided() {
        let (side, strength, _) = position([("agree", 4), ("neutral", 3), ("disagree", 3)])
        #expect(side == "divided")
        #expect(strength == .divided)
    }

    @Test func aTieForTheLeadIsDivided() {
        #expect(position([("agree", 2), ("disagree", 2)]).0 == "divided")
        #expect(position([("option-1", 1), ("option-2", 1), ("neither", 0)]).1 == .divided)
        #expect(position([("agree", 0.5), ("neutral", 0.25), ("disagree", 0.5)]).1 == .divided)
    }

    @Test func aTieBehindTheLeadDoesNotMatter() {
        let (side, strength, _) = position([("agree", 8), ("neutral", 1), ("disagree", 1)])
        #expect(side == "agree")
        #expect(strength == .consensus)
    }

    @Test func theLeadingSideNeedNotComeFirst() {
        let (side, strength, share) = position([("agree", 1), ("neutral", 0), ("disagree", 4)])
        #expect(side == "disagree")
        #expect(strength == .consensus)
        #expect(share == 0.8)
    }

    @Test func noWeightAtAllMeansNoPosition() {
        let (side, strength, share) = position([("agree", 0), ("disagree", 0)])
        #expect(side == "none")
        #expect(strength == PositionRule.Strength.none)
        #expect(share == 0)
        #expect(position([]).1 == PositionRule.Strength.none)
    }

    @Test func aSingleSideWithWeightIsAConsensus() {
        let (side, strength, share) = position([("yes", 0.5), ("no", 0)])
        #expect(side == "yes")
        #expect(strength == .consensus)
        #expect(share == 1)
    }

    @Test func theThresholdsAreThoseTheSpecGives() {
        #expect(PositionRule.consensus == 0.75)
        #expect(PositionRule.majority == 0.5)
    }
}
