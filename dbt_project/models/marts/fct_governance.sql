-- governance pillar facts.
{{ pillar_facts('governance') }}
