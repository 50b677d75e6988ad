-- e_government pillar facts.
{{ pillar_facts('e_government') }}
