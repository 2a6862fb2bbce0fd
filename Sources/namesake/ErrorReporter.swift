import ArgumentParser
import Foundation
import Namesake

/// The one place that turns library errors into messages on standard error and exit codes.
///
/// Exit codes follow sysexits.h: 65 bad input data (invalid UTF-8, UTF-16, binary data, unsupported or
/// unidentifiable language, glossary problems), 66 an input that cannot be opened (missing, a directory, unreadable),
/// 70 an internal failure (ICU, language data), 73 an output that cannot be written.
enum ErrorReporter {
  static func run(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch {
      report(error)
    }
  }

  static func run(_ body: () async throws -> Void) async throws {
    do {
      try await body()
    } catch {
      report(error)
    }
  }

  /// Exits with the error's message and code; an error of a kind not listed is an internal failure.
  private static func report(_ error: any Error) {
    switch error {
    case let error as InputError:
      fail(error.description, code: inputCode(error))
    case let error as LanguageError:
      fail(error.description, code: 65)
    case let error as SegmentationError:
      fail(error.description, code: 70)
    case let error as LanguageDataError:
      fail("language data: \(error)", code: 70)
    case let error as GlossaryError:
      fail(error.description, code: glossaryCode(error))
    case let error as AtomicFileWriter.WriteError:
      fail(error.description, code: 73)
    case let error as DuplicateOutputError:
      fail(error.description, code: 65)
    case let error as RefusedDocumentsError:
      // Each refusal has been reported; the status is the first one's, as if it had been alone.
      fail("\(error.description); the previous files are kept (--keep-going writes the others)", code: refusalCode(error.first))
    default:
      fail("\(error)", code: 70)
    }
  }

  static func refusalCode(_ error: any DocumentRefusalError) -> Int32 {
    (error as? InputError).map(inputCode) ?? 65
  }

  static func glossaryCode(_ error: GlossaryError) -> Int32 {
    switch error {
    case .invalid, .unknownFormat, .damagedImage: return 65
    case .unreadable: return 66
    }
  }

  static func inputCode(_ error: InputError) -> Int32 {
    switch error {
    case .invalidUTF8, .utf16, .binary, .tooLarge: return 65
    case .unreadable, .isDirectory: return 66
    }
  }

  private static func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("namesake: error: \(message)\n".utf8))
    exit(code)
  }
}
