"""Rules that judge values: what a user types (inputs), a plan against its computer (plan), and
rubric strings in a deliverable's text (rubric). Each says what is wrong in words the person or
model who made the mistake can act on."""
