"""What the app tells: results, eligibility, tools, and an imported statement."""
