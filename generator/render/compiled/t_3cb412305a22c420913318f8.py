from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'index.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_business = resolve('business')
    l_0_words = resolve('words')
    l_0_gettext = resolve('gettext')
    l_0_channel_cards = resolve('channel_cards')
    l_0_policy = resolve('policy')
    l_0_times = resolve('times')
    l_0_location = resolve('location')
    l_0_help_text = resolve('help_text')
    l_0__ = resolve('_')
    l_0_records = resolve('records')
    l_0__trans = l_0_room = l_0_status_room = missing
    try:
        t_1 = environment.filters['block']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'block' found.")
    pass
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n'
    if environment.getattr((undefined(name='business') if l_0_business is missing else l_0_business), 'summary'):
        pass
        yield escape(environment.finalize(t_1(environment.getattr((undefined(name='business') if l_0_business is missing else l_0_business), 'summary'))))
        yield '\n\n'
    yield '<p class="zone-note">'
    l_0__trans = context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'zone'))
    context.vars['_trans'] = l_0__trans
    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'All hours on this site are in %(zone)s.', zone=(undefined(name='_trans') if l_0__trans is missing else l_0__trans))))
    yield '</p>\n\n'
    l_0_room = context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'status_room'))
    context.vars['room'] = l_0_room
    context.exported_vars.add('room')
    t_2 = []
    pass
    t_2.extend((
        '<span class="status-room" aria-hidden="true" data-search-exclude><span data-search-exclude>',
        escape(environment.finalize(environment.getitem((undefined(name='room') if l_0_room is missing else l_0_room), 0))),
        '</span><span data-search-exclude>',
        escape(environment.finalize(environment.getitem((undefined(name='room') if l_0_room is missing else l_0_room), 1))),
        '</span></span>',
    ))
    l_0_status_room = (Markup if context.eval_ctx.autoescape else identity)(concat(t_2))
    context.vars['status_room'] = l_0_status_room
    context.exported_vars.add('status_room')
    yield escape(environment.finalize(context.call((undefined(name='channel_cards') if l_0_channel_cards is missing else l_0_channel_cards), (undefined(name='words') if l_0_words is missing else l_0_words), (undefined(name='policy') if l_0_policy is missing else l_0_policy), (undefined(name='times') if l_0_times is missing else l_0_times), (undefined(name='location') if l_0_location is missing else l_0_location), (undefined(name='status_room') if l_0_status_room is missing else l_0_status_room), (undefined(name='help_text') if l_0_help_text is missing else l_0_help_text), (undefined(name='_') if l_0__ is missing else l_0__), (undefined(name='records') if l_0_records is missing else l_0_records))))

blocks = {}
debug_info = '1=30&3=32&4=34&7=39&10=41&11=48&12=56'
# public/index.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
