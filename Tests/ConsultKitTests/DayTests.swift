import Testing

@testable import ConsultKit

@Suite struct DayTests {
    @Test func parsesISOAndUKForms() {
        #expect(Day(parsing: "2021-01-04") == Day(year: 2021, month: 1, day: 4))
        #expect(Day(parsing: "04/01/2021") == Day(year: 2021, month: 1, day: 4))
        #expect(Day(parsing: "4/1/2021 14:32") == Day(year: 2021, month: 1, day: 4))
        #expect(Day(parsing: " 2020-12-31 ")?.description == "2020-12-31")
    }

    @Test func rejectsImpossibleAndAmbiguousDates() {
        #expect(Day(parsing: "2021-02-29") == nil)
        #expect(Day(parsing: "31/04/2021") == nil)
        #expect(Day(parsing: "01/04/21") == nil)
        #expect(Day(parsing: "next Tuesday") == nil)
        #expect(Day(parsing: "2024-02-29") != nil)
    }

    @Test func longDescriptionIsBritish() {
        #expect(Day(parsing: "2021-01-08")?.longDescription == "8 January 2021")
    }
}
