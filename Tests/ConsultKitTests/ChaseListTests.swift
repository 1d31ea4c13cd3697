import Foundation
import Testing

@testable import ConsultKit

@Suite struct ChaseListTests {
    static let register = """
        respondent,type,place,contact
        The Health in Hackney Scrutiny Commission,scrutiny-committee,Hackney,scrutiny@example.org
        healthwatch   CITY and hackney,healthwatch,Hackney,hw@example.org
        Tower Hamlets Council,local-authority,Tower Hamlets,th@example.org
        Acme NHS Trust,nhs-trust,,acme@example.org
        Newham CVS,voluntary-sector,Newham,cvs@example.org
        Late Trust,nhs-trust,,late@example.org

        """

    static func markdown(_ name: String, type: String, date: String) -> String {
        "---\nrespondent: \(name)\ntype: \(type)\nsubmitted: \(date)\n---\n\n## q1\nanswer: agree\n"
    }

    static func workspace() throws -> TestWorkspace {
        try TestWorkspace(text: [
            "_register.csv": register,
            "scrutiny.md": markdown("Health in Hackney Scrutiny Commission", type: "scrutiny", date: "2021-01-03"),
            "healthwatch.md": markdown("Healthwatch City and Hackney", type: "healthwatch", date: "2021-01-04"),
            "th-1.md": markdown("Tower Hamlets Council, The", type: "council", date: "2020-12-18"),
            "th-2.md": markdown("tower hamlets council", type: "council", date: "2021-01-04"),
            "acme.md": markdown("Acme NHS Trust", type: "ccg", date: "2021-01-02"),
            "late.md": markdown("The Late Trust", type: "nhs trust", date: "2021-01-06"),
            "form.csv": "respondent,type,q1\nNewham CVS,resident,Agree\n",
        ])
    }

    @Test func matchesByNameIgnoringCaseSpacingAndTheAndGivesEachStatus() throws {
        let workspace = try Self.workspace()
        let intake = workspace.load()
        let (register, _) = workspace.workspace.loadRegister(
            workspace.workspace.registerPath, questionnaire: TestWorkspace.questionnaire)
        let list = ChaseList(
            register: try #require(register), intake: intake, questionnaire: TestWorkspace.questionnaire)
        #expect(list.items.map(\.status) == [.responded, .responded, .superseded, .responded, .missing, .late])
        #expect(list.items.map(\.responses) == [1, 1, 2, 1, 0, 1])
        #expect(list.items[2].latest?.submitted?.description == "2021-01-04")
        // A member of the public with an organisation's name is never taken for it.
        #expect(list.missingOrganisations.map(\.entry.respondent) == ["Newham CVS"])
        #expect(
            workspace.formatted(list.diagnostics) == [
                "_register.csv:5: warning: 'Acme NHS Trust' is listed as 'NHS trust' but responded as 'Clinical commissioning group' in acme.md; it is matched by name, so check which type is right"
            ])
    }

    @Test func organisationNamesMatchWithoutTheArticleAtEitherEnd() {
        let key = "Health in Hackney Scrutiny Commission".organisationNameKey
        #expect("The Health in Hackney Scrutiny Commission".organisationNameKey == key)
        #expect("health in hackney  scrutiny commission, The".organisationNameKey == key)
        #expect("HEALTH IN HACKNEY SCRUTINY COMMISSION THE".organisationNameKey == key)
        #expect("Theatre Trust".organisationNameKey != "Atre Trust".organisationNameKey)
    }
}
