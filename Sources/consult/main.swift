import ConsultKit
import Foundation

let result = CLI.run(arguments: Array(CommandLine.arguments.dropFirst()))
exit(result)
