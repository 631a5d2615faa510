import ArvioCore

/// The criteria tree under a weight model: area and criterion rows with local and global weights and
/// the must-have rules that name each criterion.
package enum CriteriaView {
    /// A machine-readable row of the tree.
    package struct Row: Hashable, Sendable, Codable {
        package var level: String
        package var id: String
        package var area: String
        package var name: LocalizedText
        package var localWeight: Double
        package var globalWeight: Double
        package var knockOutRules: [String]
    }

    /// The model and its flattened tree, as `--format json` prints it.
    package struct Document: Hashable, Sendable, Codable {
        package var model: String
        package var name: LocalizedText
        package var technique: WeightingTechnique
        package var description: LocalizedText
        package var omittedAreas: [String]
        package var rows: [Row]
    }

    package static func document(_ library: CriteriaLibrary, model: WeightModel) -> Document {
        let weights = model.criterionWeights(of: library.areas)
        var rows: [Row] = []
        for area in library.areas {
            let criteria = weights.filter { $0.area == area.id }
            guard let first = criteria.first else { continue }
            rows.append(
                Row(
                    level: "area", id: area.id, area: area.id, name: area.name, localWeight: first.areaWeight,
                    globalWeight: first.areaWeight, knockOutRules: []))
            for weight in criteria {
                guard let criterion = library.criterion(weight.criterion) else { continue }
                let rules = library.knockOutRules.filter { $0.criterion == criterion.id }.map(\.id)
                rows.append(
                    Row(
                        level: "criterion", id: criterion.id, area: area.id, name: criterion.name, localWeight: weight.local,
                        globalWeight: weight.global, knockOutRules: rules))
            }
        }
        let omitted = library.areas.filter { !model.areaIDs.contains($0.id) }.map(\.id)
        return Document(
            model: model.id, name: model.name, technique: model.technique, description: model.description,
            omittedAreas: omitted, rows: rows)
    }

    package static func table(_ document: Document, _ language: Language) -> Table {
        let l = language
        var table = Table(columns: [
            .init(Formatting.pick(l, "alue / kriteeri", "area / criterion")),
            .init(Formatting.pick(l, "paikallinen", "local"), .right), .init(Formatting.pick(l, "globaali", "global"), .right),
            .init(Formatting.pick(l, "pakollinen", "must-have")),
        ])
        for row in document.rows {
            let indent = row.level == "area" ? "" : "  "
            table.rows.append([
                "\(indent)\(row.id) \(row.name[l])", Formatting.percent(row.localWeight, l),
                Formatting.percent(row.globalWeight, l), row.knockOutRules.joined(separator: ", "),
            ])
        }
        return table
    }

    /// CSV for spreadsheets: weights as fractions with a dot.
    package static func csvTable(_ document: Document, _ language: Language) -> Table {
        var table = Table(columns: [
            .init("level"), .init("id"), .init("area"), .init("name"), .init("local_weight"),
            .init("global_weight"), .init("must_have"),
        ])
        for row in document.rows {
            table.rows.append([
                row.level, row.id, row.area, row.name[language], Formatting.decimal(row.localWeight),
                Formatting.decimal(row.globalWeight), row.knockOutRules.joined(separator: " "),
            ])
        }
        return table
    }

    package static func text(_ document: Document, _ language: Language, width: Int = .max) -> String {
        let l = language
        var lines = [
            "\(Formatting.pick(l, "Painotusmalli", "Weight model")): \(document.name[l]) (\(document.model))",
            "\(Formatting.pick(l, "Painotustekniikka", "Weighting technique")): \(document.technique.name(in: l))",
            document.description[l], "", table(document, l).text(width: width), "",
            Formatting.pick(
                l,
                "Globaali paino = alueen paino × paikallinen paino. Ei sovellu (N/A) -kriteerin paino jaetaan alueen muille kriteereille.",
                "Global weight = area weight × local weight. The weight of a criterion marked N/A goes to the other criteria of its area."),
        ]
        if !document.omittedAreas.isEmpty {
            lines.append(
                Formatting.pick(l, "Mallista pois jätetyt valinnaiset alueet: ", "Optional areas left out of the model: ")
                    + document.omittedAreas.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
