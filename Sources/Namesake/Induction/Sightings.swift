/// What induction reads off the documents, before anything is proposed: small records, so a
/// corpus is read once and its texts need not be kept.
struct Sightings: Sendable {
  /// A linked person or place written in a form the glossary does not list for the language.
  struct Variant: Sendable {
    var entity: String
    var language: Language
    var surface: String
    var evidence: Evidence
    var citation: DocumentCitation
  }

  /// Who carries a title phrase: a linked person, or a name the glossary does not know (by its key).
  enum Holder: Sendable, Hashable {
    case known(String)
    case unknown(String)
  }

  /// A title phrase the glossary does not know, next to a person's name.
  struct Title: Sendable {
    var phrase: TitlePhrase
    var holder: Holder
    /// Offices the same mention carries under known titles: the phrase is not one of them.
    var otherOffices: Set<String>
    /// Known offices whose titles lie inside the phrase ("Minister of Foreign Affairs" in "Deputy
    /// Minister of Foreign Affairs"): the linker reads the shorter title today.
    var innerOffices: [String]
    var evidence: Evidence
    var citation: DocumentCitation
  }

  /// A person the glossary does not know, in an English article.
  struct UnknownPerson: Sendable {
    var key: String
    var surface: String
    var knownTitles: [TitleAttachment]
    var phrases: [TitlePhrase]
    var evidence: Evidence
    var citation: DocumentCitation
  }

  /// A known office a linked person carries in an English article.
  struct Office: Sendable {
    var person: String
    var office: String
    var of: String?
    var evidence: Evidence
  }

  var variants: [Variant] = []
  var unknownPeople: [UnknownPerson] = []
  /// Unknown English title phrases: offices to propose.
  var englishTitles: [Title] = []
  /// Unknown Japanese and Swedish title phrases of linked people: forms to pair with offices.
  var foreignTitles: [Title] = []
  var englishOffices: [Office] = []
}
