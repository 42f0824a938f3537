/// Work over many files on every core, with results in input order whatever the scheduling, so
/// the same pool always gives the same output.
extension Array where Element: Sendable {
    /// `transform` of every element, in the array's order. Elements go to tasks in small batches,
    /// enough for the cores to share the work evenly without a task per tiny file. `progress` is
    /// told how many elements are done, on the calling task.
    public func parallelMap<Result: Sendable>(progress: (Int) -> Void = { _ in },
                                       _ transform: @escaping @Sendable (Element) -> Result) async -> [Result] {
        let batch = Swift.max(1, count / 256)
        var results = [Result?](repeating: nil, count: count)
        await withTaskGroup(of: (Int, [Result]).self) { group in
            for start in stride(from: 0, to: count, by: batch) {
                let slice = self[start..<Swift.min(start + batch, count)]
                group.addTask { (start, slice.map(transform)) }
            }
            var done = 0
            for await (start, batchResults) in group {
                for (offset, result) in batchResults.enumerated() { results[start + offset] = result }
                done += batchResults.count
                progress(done)
            }
        }
        // Every batch reports back before the group ends; a hole would be a bug to see, not to skip.
        return results.map { $0! }
    }
}
