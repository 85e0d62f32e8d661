import Foundation
import FrameIO

extension SyntheticDataset {
    /// The file names, which say that the data is synthetic.
    public static let fileNames = (
        recommendations: "recomendaciones_sinteticas.csv",
        statusEvents: "eventos_sinteticos.csv",
        population: "poblacion_sintetica.csv"
    )

    /// Writes the three tables as CSV files into `directory`, creating it if needed.
    public func write(to directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let files = [
            (SyntheticDataset.fileNames.recommendations, recommendations),
            (SyntheticDataset.fileNames.statusEvents, statusEvents),
            (SyntheticDataset.fileNames.population, population),
        ]
        var written: [String] = []
        for (name, frame) in files {
            let path = (directory as NSString).appendingPathComponent(name)
            try CSVWriter.write(frame, to: path)
            written.append(path)
        }
        return written
    }
}
