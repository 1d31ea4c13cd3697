import Foundation

/// Gets the text of a PDF letter by running `pdftotext -layout FILE -`, which poppler-utils installs.
///
/// This is the one place `consult code` runs another program; PDFs are not parsed in-process.
enum PDFTextExtractor {
    /// The path of `pdftotext` on the `PATH`, if it is installed.
    static func toolPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The letter in the PDF at `path`, named `source` in messages (the path as the user wrote it).
    static func letter(at path: String, source: String? = nil, tool: String? = toolPath()) throws(LetterReadError)
        -> LetterText
    {
        let label = source ?? path
        guard let tool else { throw LetterReadError(source: label, reason: .pdfToolMissing) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", path, "-"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw LetterReadError(source: label, reason: .pdfToolFailed("it could not be started"))
        }
        let text = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: message, as: UTF8.self).split(separator: "\n").first.map(String.init)
            throw LetterReadError(
                source: label, reason: .pdfToolFailed(detail ?? "exit status \(process.terminationStatus)"))
        }
        return LetterText(pdfText: LetterText.decode([UInt8](text)), source: label)
    }
}
