import Foundation
import Testing

@testable import ConsultKit

@Suite struct ChaseReportTests {
    @Test func printsMissingFirstThenACountLine() throws {
        let workspace = try ChaseListTests.workspace()
        let result = workspace.run(["chase"])
        #expect(result.code == 0)
        let expected = """
            Stakeholders expected in \(workspace.responses)/_register.csv: 6

            Missing: no response yet (1)
              Newham CVS                                 Voluntary and community sector  Newham            cvs@example.org

            Late: responded after the deadline (1)
              Late Trust                                 NHS trust                                         submitted 6 January 2021

            Superseded: responded more than once; the latest response counts (1)
              Tower Hamlets Council                      Local authority                 Tower Hamlets     2 responses; the latest, submitted 4 January 2021, counts

            Responded (3)
              The Health in Hackney Scrutiny Commission  Scrutiny committee              City and Hackney  submitted 3 January 2021
              healthwatch   CITY and hackney             Healthwatch                     City and Hackney  submitted 4 January 2021
              Acme NHS Trust                             NHS trust                                         submitted 2 January 2021

            6 expected: 1 missing, 1 late, 1 superseded, 3 responded.

            """
        #expect(result.out == expected)
        #expect(result.err.contains("is listed as 'NHS trust' but responded as 'Clinical commissioning group'"))
    }

    @Test func writesCSVForAMailMergeWithFormulasNeutralised() throws {
        let workspace = try TestWorkspace(text: [
            "_register.csv":
                "respondent,type,place,contact\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",council,Hackney,a@example.org\nAcme Trust,nhs trust,,b@example.org\n",
            "acme.md": ChaseListTests.markdown("Acme Trust", type: "nhs trust", date: "2021-01-04"),
        ])
        let result = workspace.run(["chase", "--format", "csv"])
        #expect(result.code == 0)
        #expect(
            result.out == """
                respondent,type,place,contact,status,submitted\r
                "'=HYPERLINK(""http://x"",""y"")",Local authority,City and Hackney,a@example.org,missing,\r
                Acme Trust,NHS trust,,b@example.org,responded,2021-01-04\r

                """)
    }

    @Test func saysWhereTheRegisterShouldBeWhenThereIsNone() throws {
        let workspace = try TestWorkspace()
        let result = workspace.run(["chase"])
        #expect(result.code == 1)
        #expect(
            result.err
                == "\(workspace.responses)/_register.csv: error: there is no stakeholder register here; write one with the columns respondent,type,place,contact, or pass --register FILE\n"
        )
    }
}
