import Testing

@testable import ConsultKit

@Suite struct RecordTests {
    private func record(_ publish: Publication, type: String = "council") -> Record {
        Record(
            response: Fixture.response("North Town Council", type: type, publish: publish), late: false, mentions: [])
    }

    @Test func namesOnlyOrganisationsThatAgreedToBeNamed() {
        #expect(record(.yes).publicName == "North Town Council")
        #expect(record(.anonymous).publicName == nil)
        #expect(record(.no).publicName == nil)
        #expect(record(.yes, type: "public").publicName == nil)
    }

    @Test func attributesQuotesAsThePublishFieldAllows() {
        #expect(record(.yes).attribution(typeLabel: "Local authority") == "North Town Council")
        #expect(record(.anonymous).attribution(typeLabel: "Local authority") == "a local authority respondent")
        #expect(record(.anonymous, type: "trust").attribution(typeLabel: "NHS trust") == "an NHS trust respondent")
        #expect(record(.yes, type: "public").attribution(typeLabel: "Member of the public") == "a member of the public")
        #expect(record(.no).attribution(typeLabel: "Local authority") == nil)
        #expect(record(.no, type: "public").attribution(typeLabel: "Member of the public") == nil)
    }
}
