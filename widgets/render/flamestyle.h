#pragma once

// How a flamegraph is drawn, shared by the interactive view (widgets/) and the
// exporters (render/), so neither needs the other's headers.
enum class FlameOrientation { Flame, Icicle }; // Flame: root at the bottom

// Diff: for Profile::isDiff(). Boxes are then as wide as baseline + comparison
// (Pyroscope's "double" flamegraph), whatever the sample type, so a node on one
// side only is still drawn; the colour follows the change (DiffMetrics) and the
// tooltip shows both sides.
enum class FlameColorScheme { Package, Heat, Diff };

// Which end of a name a label keeps when the name does not fit its box, as
// Pyroscope's fit modes: HeadFirst "github.com/org/repo/pkg/stor…", TailFirst
// "…storage/segment.(*Writer).Flush". Auto picks one per profile from its names
// (LabelFitChooser). Tooltips always show the whole name.
enum class FlameLabelFit { Auto, HeadFirst, TailFirst };
