import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports

extension AHPRelative.Synthesis: ExpressibleByArgument {}

extension RankCommand {
    /// `--method ahp`: the criteria's comparison (--pairwise) and, in each folder of --alternative-pairwise,
    /// `<criterion>.csv` comparing the alternatives under that criterion. Several files or folders are a group's,
    /// combined by AIJ (the geometric mean of everyone's judgements) before the synthesis.
    func rankByComparisons() throws {
        var missing: [Diagnostic] = []
        var judges: [AHP] = []
        for file in pairwise {
            do { judges.append(try PairwiseCSV.ahp(try options.readText(file), file: file)) } catch { missing += error.items }
        }
        // Without the criteria there is no list of files to look for in the folders.
        guard missing.isEmpty else { throw Diagnostics(missing) }
        let criteria = try Self.group(judges, files: pairwise)
        var alternatives: [String: AHP] = [:]
        for id in criteria.ids {
            var people: [AHP] = []
            let files = alternativePairwise.map { folder in folder.hasSuffix("/") ? "\(folder)\(id).csv" : "\(folder)/\(id).csv" }
            for file in files {
                do {
                    people.append(try PairwiseCSV.ahp(try options.readText(file), file: file))
                } catch {
                    missing += error.items
                }
            }
            if people.count == alternativePairwise.count { alternatives[id] = try Self.group(people, files: files) }
        }
        // Every file that cannot be read is named at once, not the first alone.
        guard missing.isEmpty else { throw Diagnostics(missing) }
        let result = try AHPRelative(criteria: criteria, alternatives: alternatives).result(
            synthesis ?? .distributive, prioritization: prioritization ?? .eigenvector)
        let group = pairwise.count > 1 || alternativePairwise.count > 1
        switch format {
        case .table: Output.text(AHPRelativeView.text(result, group: group, options.lang, width: Output.width))
        case .csv: Output.data(AHPRelativeView.csv(result))
        case .json: Output.data(JSONDocument.text(of: AHPRelativeView.document(result, group: group)))
        }
    }

    /// One person's comparison as it is; a group's combined by AIJ. Someone who compared other items is named by
    /// their file.
    static func group(_ people: [AHP], files: [String]) throws -> AHP {
        do {
            return people.count == 1 ? people[0] : try AHPGroup(people).groupJudgements()
        } catch {
            guard case .differentItems(let person, _, _) = error.reason, files.indices.contains(person - 1) else { throw error }
            throw WeightingError(at: SourceLocation(file: files[person - 1]), error.reason)
        }
    }
}
