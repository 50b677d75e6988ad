-- digital_society pillar facts.
{{ pillar_facts('digital_society') }}
