namespace GeoSim.Reports;

/// <summary>
/// The steps of writing an output folder, in order, as told to a fault hook just before each one
/// starts (a crash test stops the process there and checks what is left at the path).
/// </summary>
public enum OutputStep
{
    /// <summary>The temporary folder exists with its "being written" marker; the files come next.</summary>
    WriteFiles,

    /// <summary>Every file is written; run.json, listing them, comes next.</summary>
    WriteMarker,

    /// <summary>The temporary folder is complete; flushing its files and folders to disk comes next.</summary>
    Sync,

    /// <summary>Everything is on disk; putting the new folder at the path comes next.</summary>
    Swap,

    /// <summary>Only where no atomic exchange exists: the old folder is set aside, the new one moves in next.</summary>
    MoveIn,

    /// <summary>The new folder is at the path; flushing the parent folder (making that durable) comes next.</summary>
    SyncParent,

    /// <summary>Deleting the files of the replaced result comes next.</summary>
    RemoveOld,
}
