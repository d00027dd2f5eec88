// The fixtures, the plain-loop arithmetic and the shared paths (`ComputedPaths`).
@_exported import TestFixtures
