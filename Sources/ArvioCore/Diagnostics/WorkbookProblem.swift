/// Why a scoring workbook (.xlsx) cannot be imported, as a whole or in one part, sheet or cell. Every case refuses the
/// whole import: a workbook is never imported in part. The bounds that protect the reader are named in the message.
public enum WorkbookProblem: Error, Hashable, Sendable {
    /// Not a ZIP package at all.
    case notAPackage
    /// ZIP64, a spanned archive or an encrypted part: Excel and LibreOffice never write one for a workbook this size.
    case unsupportedPackage(String)
    /// An offset or size in the ZIP directory points outside the file.
    case outOfBounds(part: String?, fileSize: Int)
    /// A part inflates beyond the bound on one part, or beyond the bound on its compression ratio.
    case partTooLarge(part: String, limit: Int)
    case ratioTooHigh(part: String, limit: Int)
    /// The parts together inflate beyond the bound on the whole workbook.
    case packageTooLarge(limit: Int)
    /// The part's bytes do not match its checksum: it is damaged.
    case damagedPart(String)
    /// The same part name twice in the directory.
    case duplicatePart(String)
    /// A part the workbook needs is missing.
    case missingPart(String)
    /// The hidden sheet 'arvio' is missing, or does not name a round and an assessor in Arvio's layout.
    case notAnArvioWorkbook
    case unreadableMetadata
    /// Area sheets that should be there (the assessor's areas) and are not.
    case missingSheets(missing: [String], found: [String])
    /// A cell reference that is not `A1`-style, or beyond the sheet's limits.
    case badCellReference(String)
    case cellBeyondLimits(String)
    case duplicateCell(String)
    /// A formula whose value the file does not hold (saved by a tool that does not calculate).
    case formulaWithoutValue
    /// A TRUE/FALSE, error or date cell where a score or text belongs.
    case cellType(String)
    /// A shared-string index outside the workbook's string table.
    case sharedStringOutOfRange(index: String, count: Int)

    /// The bounds: a scoring workbook is a few hundred kilobytes; these are a hundred times more.
    public static let partLimit = 64 << 20
    public static let packageLimit = 256 << 20
    public static let ratioLimit = 500
    /// Excel's own sheet limits (1,048,576 rows; columns A–XFD).
    public static let rowLimit = 1_048_576
    public static let columnLimit = 16_384

    package func message(in language: Language) -> (problem: String, help: String) {
        let fi = language == .fi
        let resave =
            fi
            ? "avaa työkirja Excelissä tai LibreOfficessa ja tallenna se uudelleen"
            : "open the workbook in Excel or LibreOffice and save it again"
        let ask =
            fi
            ? "pyydä arvioijalta uusi kopio tai kirjoita uusi työkirja: arvio workbook"
            : "ask the assessor for a fresh copy, or write a new one: arvio workbook"
        func megabytes(_ bytes: Int) -> String { "\(bytes >> 20) MiB" }
        switch self {
        case .notAPackage:
            return fi
                ? ("tiedosto ei ole .xlsx-työkirja (ei ZIP-paketti)", "tuo Arvion kirjoittama työkirja tai CSV-tiedosto")
                : ("the file is not an .xlsx workbook (not a ZIP package)", "import a workbook Arvio wrote, or a CSV file")
        case .unsupportedPackage(let what):
            return fi
                ? ("työkirjan paketti on muotoa, jota Arvio ei lue (\(what))", resave)
                : ("the workbook's package has a form Arvio does not read (\(what))", resave)
        case let .outOfBounds(part, size):
            let name = part.map { "'\($0)'" } ?? (fi ? "hakemisto" : "directory")
            return fi
                ? (
                    "työkirjan ZIP-hakemisto osoittaa tiedoston ulkopuolelle (\(name), tiedoston koko \(size) tavua): tiedosto on vaurioitunut tai katkennut",
                    ask
                )
                : (
                    "the workbook's ZIP directory points outside the file (\(name), file size \(size) bytes): it is damaged or truncated",
                    ask
                )
        case let .partTooLarge(part, limit):
            return fi
                ? ("osa '\(part)' purkautuu yli rajan \(megabytes(limit)) osaa kohden", "pisteytystyökirja on paljon pienempi; \(ask)")
                : ("part '\(part)' inflates beyond the bound of \(megabytes(limit)) per part", "a scoring workbook is far smaller; \(ask)")
        case let .ratioTooHigh(part, limit):
            return fi
                ? ("osa '\(part)' purkautuu yli \(limit)-kertaiseksi pakattuun kokoonsa nähden (pakkauspommi?)", ask)
                : ("part '\(part)' inflates to more than \(limit) times its compressed size (a zip bomb?)", ask)
        case .packageTooLarge(let limit):
            return fi
                ? ("työkirjan osat purkautuvat yhteensä yli rajan \(megabytes(limit))", ask)
                : ("the workbook's parts inflate beyond the bound of \(megabytes(limit)) in all", ask)
        case .damagedPart(let part):
            return fi
                ? ("osa '\(part)' on vaurioitunut: sen tavut eivät vastaa tarkistussummaa", ask)
                : ("part '\(part)' is damaged: its bytes do not match its checksum", ask)
        case .duplicatePart(let part):
            return fi
                ? ("osa '\(part)' on paketissa kahdesti, joten ei tiedetä, kumpi luetaan", resave)
                : ("part '\(part)' is in the package twice, so which one to read is ambiguous", resave)
        case .missingPart(let part):
            return fi ? ("työkirjasta puuttuu osa '\(part)'", ask) : ("the workbook has no part '\(part)'", ask)
        case .notAnArvioWorkbook:
            return fi
                ? (
                    "tämä ei ole Arvion pisteytystyökirja (sen piilotettu taulukko 'arvio' puuttuu)",
                    "kirjoita työkirja komennolla arvio workbook"
                )
                : ("it is not an Arvio scoring workbook (its hidden sheet 'arvio' is missing)", "write one with arvio workbook")
        case .unreadableMetadata:
            return fi
                ? (
                    "taulukko 'arvio' ei nimeä kierrosta ja arvioijaa Arvion asettelussa",
                    "älä muokkaa piilotettua taulukkoa 'arvio'; \(ask)"
                )
                : (
                    "its sheet 'arvio' does not name a round and an assessor in Arvio's layout",
                    "leave the hidden sheet 'arvio' as it is; \(ask)"
                )
        case let .missingSheets(missing, found):
            let list = { (ids: [String]) in ids.map { "'\($0)'" }.joined(separator: ", ") }
            return fi
                ? (
                    "työkirjasta puuttuu osa-alueen taulukko \(list(missing)); löytyi \(list(found))",
                    "palauta taulukon alkuperäinen nimi (osa-alueen tunnus), jotta sen pisteet tuodaan"
                )
                : (
                    "the workbook lacks the area sheet \(list(missing)); found \(list(found))",
                    "give the sheet back its name (the area's id) so that its scores are imported"
                )
        case .badCellReference(let reference):
            return fi
                ? ("soluviittaus '\(reference)' ei ole muotoa A1", resave) : ("cell reference '\(reference)' is not of the form A1", resave)
        case .cellBeyondLimits(let reference):
            return fi
                ? ("solu '\(reference)' on taulukon rajojen (\(Self.rowLimit) riviä, sarakkeet A–XFD) ulkopuolella", resave)
                : ("cell '\(reference)' is outside a sheet's limits (\(Self.rowLimit) rows, columns A–XFD)", resave)
        case .duplicateCell(let reference):
            return fi
                ? ("solu '\(reference)' on taulukossa kahdesti", resave) : ("cell '\(reference)' appears twice in the sheet", resave)
        case .formulaWithoutValue:
            return fi
                ? (
                    "solussa on kaava, jonka arvoa tiedosto ei sisällä",
                    "kirjoita arvo kaavan tilalle, tai \(resave) niin, että arvo lasketaan"
                )
                : (
                    "the cell holds a formula whose value the file does not hold",
                    "type the value instead of the formula, or \(resave) so that it is calculated"
                )
        case .cellType(let type):
            return fi
                ? ("solu on tyyppiä \(type), mutta siihen kuuluu pisteet tai teksti", "kirjoita pisteet 0–5, na tai unknown tekstinä")
                : ("the cell is of type \(type), but a score or text belongs there", "type the score 0–5, na or unknown as text")
        case let .sharedStringOutOfRange(index, count):
            return fi
                ? ("solu viittaa jaettuun merkkijonoon \(index), mutta työkirjassa on vain \(count)", ask)
                : ("the cell refers to shared string \(index), but the workbook has only \(count)", ask)
        }
    }
}
