import Foundation
import Testing

@testable import ConsultKit

@Suite struct StakeholderRegisterTests {
    @Test func readsEntriesAndWarnsAboutUnknownTypesAndPlaces() {
        let csv = """
            Respondent,Type,Place,Contact
            The Acme Trust,nhs trust,Hackney,acme@example.org
            Beta Board,quango,Hackney,
            Gamma Council,council,Atlantis,gamma@example.org
            ,council,,

            """
        let (register, problems) = StakeholderRegister.read(
            Data(csv.utf8), source: "_register.csv", questionnaire: TestWorkspace.questionnaire)
        #expect(register?.entries.map(\.respondent) == ["The Acme Trust", "Beta Board", "Gamma Council"])
        #expect(register?.entries.map(\.type) == ["nhs-trust", nil, "local-authority"])
        #expect(register?.entries.map(\.place) == ["city-and-hackney", "city-and-hackney", nil])
        #expect(
            problems.map(\.formatted) == [
                "_register.csv:3: warning: column 'type': unknown stakeholder type 'quango'; expected one of 'ccg', 'nhs-trust', 'primary-care', 'local-authority', 'scrutiny-committee', 'health-and-wellbeing-board', 'healthwatch', 'voluntary-sector', 'ics', 'public' or 'other'.",
                "_register.csv:4: warning: column 'place': unknown place 'Atlantis'; expected one of 'City and Hackney', 'Tower Hamlets', 'Newham', 'Waltham Forest', 'Barking and Dagenham', 'Havering' or 'Redbridge'.",
                "_register.csv:5: warning: this row names no respondent and is skipped",
            ])
    }

    @Test func needsARespondentColumn() {
        let (register, problems) = StakeholderRegister.read(
            Data("name,type\nA,council\n".utf8), source: "_register.csv", questionnaire: TestWorkspace.questionnaire)
        #expect(register == nil)
        #expect(
            problems.map(\.formatted) == [
                "_register.csv:1: error: the register has no 'respondent' column; its header must be respondent,type,place,contact"
            ])
    }
}
