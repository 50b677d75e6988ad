-- infrastructure pillar facts.
{{ pillar_facts('infrastructure') }}
