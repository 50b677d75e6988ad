-- digital_economy pillar facts.
{{ pillar_facts('digital_economy') }}
